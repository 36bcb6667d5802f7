@echo off
rem ccg-diag launcher of the distribution archive: needs Java 17 or later on the PATH (or JAVA_HOME).
setlocal
set "CCG_DIAG_HOME=%~dp0.."
set "JAVA_EXE=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
where "%JAVA_EXE%" >nul 2>nul
if errorlevel 1 if not exist "%JAVA_EXE%" (
  echo ccg-diag: needs Java 17 or later, and there is no 'java' on the PATH; install a JDK or JRE 17+ 1>&2
  exit /b 2
)
set "CCG_DIAG_PROGRAM=%~n0"
"%JAVA_EXE%" -XX:TieredStopAtLevel=1 -XX:CompileThresholdScaling=0.35 -XX:+UseParallelGC -Xmx384m %CCG_DIAG_JAVA_OPTS% -jar "%CCG_DIAG_HOME%\lib\ccg-diag.jar" %*
exit /b %ERRORLEVEL%
