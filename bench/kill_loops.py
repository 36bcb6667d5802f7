#!/usr/bin/env python3
"""Kill -9 loops (issue 24): runs score, import and assess through the launcher, kills each with
SIGKILL at a random moment, and checks after every kill what a user would find.

  bench/kill_loops.py [--kills N] [--seed S] [score] [import] [assess]    (default: all three, 20 kills each)

- score -o: every visible file in the folder is whole (JSON parses, workbooks are sound zips, text
  ends as its format ends); a last run exits 0, names one run in the summary and every report, and
  writes what an uninterrupted run writes (the run's timestamp aside); the killed runs' temporary
  files, once over a minute old, are gone after the next run.
- import -o: every visible answers file is byte-equal to the one an uninterrupted import writes;
  running the import again finishes it (exit 0) and the folder equals the uninterrupted one; its
  leftovers go as score's do.
- assess -a (answers piped in): the answers file is always readable YAML of the answers given so
  far, never fewer than before the kill; resuming reaches the end with every answer as given.

Needs Python 3 with PyYAML, and the JDK (it builds through the launcher and generates inputs with
bench/GenerateAnswers.java). Prints one line per kill and a summary; exits 1 on the first broken
promise, with the folder kept for a look.
"""
import argparse
import csv
import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import zipfile

import yaml

HOME = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LAUNCHER = os.path.join(HOME, "ccg-diag")
TIMESTAMP = re.compile(rb"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z")


class Broken(Exception):
    pass


def run(args, cwd, stdin=None, timeout=600):
    return subprocess.run([LAUNCHER, *args], cwd=cwd, input=stdin, capture_output=True, timeout=timeout)


def killed(args, cwd, after, stdin=None):
    """Starts the launcher (which execs java), kills it with SIGKILL after `after` seconds."""
    process = subprocess.Popen([LAUNCHER, *args], cwd=cwd, stdin=subprocess.PIPE if stdin else subprocess.DEVNULL,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if stdin:
        try:
            process.stdin.write(stdin)
            process.stdin.close()
        except BrokenPipeError:
            pass
    time.sleep(after)
    finished = process.poll() is not None
    if not finished:
        os.kill(process.pid, signal.SIGKILL)
    process.wait()
    return finished


def visible(folder):
    return sorted(name for name in os.listdir(folder) if not name.startswith("."))


def temporary(folder):
    return sorted(name for name in os.listdir(folder) if name.startswith(".") and name.endswith(".tmp"))


def whole(path):
    """Whether a report or summary file is complete as its format ends."""
    data = open(path, "rb").read()
    if path.endswith(".json"):
        json.loads(data)
        return True
    if path.endswith(".xlsx"):
        with zipfile.ZipFile(path) as workbook:
            return workbook.testzip() is None
    if path.endswith(".html"):
        return data.endswith(b"</html>\n")
    return data.endswith(b"\n")


def normalised(folder):
    """Each file's content with the run's timestamp replaced; a workbook as its entries' contents."""
    contents = {}
    for name in visible(folder):
        path = os.path.join(folder, name)
        if name.endswith(".xlsx"):
            with zipfile.ZipFile(path) as workbook:
                for entry in sorted(workbook.namelist()):
                    contents[name + "!" + entry] = TIMESTAMP.sub(b"RUN", workbook.read(entry))
        else:
            contents[name] = TIMESTAMP.sub(b"RUN", open(path, "rb").read())
    return contents


def leftovers_removed(folder, again, command):
    """A run removes only leftovers over a minute old (docs/score.md: a younger one may be another
    run's write under way): ages the killed runs' leftovers, runs once more, and none may be left.
    Returns how many there were."""
    young = temporary(folder)
    for name in young:
        aged = time.time() - 120
        os.utime(os.path.join(folder, name), (aged, aged))
    if young and again().returncode != 0:
        raise Broken("%s: the run that should remove the leftovers failed" % command)
    if temporary(folder):
        raise Broken("%s: temporary files over a minute old left after a whole run: %s" % (command, temporary(folder)[:5]))
    return len(young)


def timed(args, cwd):
    start = time.monotonic()
    result = run(args, cwd)
    return result, time.monotonic() - start


def score_loop(work, kills, rng):
    subprocess.run(["java", os.path.join(HOME, "bench", "GenerateAnswers.java"), "1500", os.path.join(work, "in")], check=True)
    args = ["score", "-q", "in/questionnaire.yaml", "--format", "md,json,html,xlsx", "in/answers", "-o"]
    reference, seconds = timed(args + ["reference"], work)
    if reference.returncode != 0:
        raise Broken("score: the uninterrupted run exited %d: %s" % (reference.returncode, reference.stderr[-500:]))
    out = os.path.join(work, "out")
    for kill in range(kills):
        after = rng.uniform(0.3, seconds * 0.9)
        finished = killed(args + ["out"], work, after)
        if os.path.isdir(out):
            for name in visible(out):
                if not whole(os.path.join(out, name)):
                    raise Broken("score: after a kill at %.2f s, %s is not whole" % (after, name))
        print("score  kill %2d at %5.2f s: %s, %d visible files whole, %d temporary files left" % (
            kill + 1, after, "finished first" if finished else "killed", len(visible(out)) if os.path.isdir(out) else 0,
            len(temporary(out)) if os.path.isdir(out) else 0), flush=True)
    last = run(args + ["out"], work)
    if last.returncode != 0:
        raise Broken("score: the run after the kills exited %d: %s" % (last.returncode, last.stderr[-500:]))
    young = leftovers_removed(out, lambda: run(args + ["out"], work), "score")
    runs = {row["run"] for row in json.load(open(os.path.join(out, "summary.json")))}
    runs |= {json.load(open(os.path.join(out, n)))["run"] for n in visible(out) if n.endswith(".json") and n != "summary.json"}
    if len(runs) != 1:
        raise Broken("score: the summary and reports name %d runs: %s" % (len(runs), sorted(runs)[:3]))
    if normalised(out) != normalised(os.path.join(work, "reference")):
        raise Broken("score: the folder after the kills differs from an uninterrupted run's")
    print("score  after %d kills: a whole run exits 0, names one run everywhere, equals an uninterrupted run;"
          " the next removes the %d leftovers once over a minute old" % (kills, young))


def spreadsheet(work, rows, rng):
    header = next(csv.reader([run(["questionnaires", "export", "ccg-authorisation", "--format", "csv"], work).stdout.decode()]))
    options = list(statements(work).values())
    if len(options) != len(header) - 6:
        raise Broken("import: the blank spreadsheet has %d statement columns, the questionnaire %d statements" % (
            len(header) - 6, len(options)))
    path = os.path.join(work, "sheet.csv")
    with open(path, "w", newline="", encoding="utf-8") as sheet:
        writer = csv.writer(sheet)
        writer.writerow(header)
        for row in range(rows):
            answers = [rng.choice(keys + [""]) for keys in options]
            writer.writerow(["NHS Loop %d CCG" % (row % 40), "Respondent %d" % row, "Board member", "self", "2012-07",
                             "2012-07-%02d" % (1 + row % 28), *answers])
    return path


def import_loop(work, kills, rng):
    spreadsheet(work, 400, rng)
    reference, seconds = timed(["import", "-o", "reference", "sheet.csv"], work)
    if reference.returncode != 0:
        raise Broken("import: the uninterrupted run exited %d: %s" % (reference.returncode, reference.stderr[-500:]))
    expected = {name: open(os.path.join(work, "reference", name), "rb").read() for name in visible(os.path.join(work, "reference"))}
    out = os.path.join(work, "out")
    for kill in range(kills):
        after = rng.uniform(0.3, seconds * 0.9)
        finished = killed(["import", "-o", "out", "sheet.csv"], work, after)
        names = visible(out) if os.path.isdir(out) else []
        for name in names:
            if open(os.path.join(out, name), "rb").read() != expected.get(name):
                raise Broken("import: after a kill at %.2f s, %s differs from the uninterrupted import's" % (after, name))
        print("import kill %2d at %5.2f s: %s, %d of %d files written, all whole" % (
            kill + 1, after, "finished first" if finished else "killed", len(names), len(expected)), flush=True)
        if rng.random() < 0.3:
            # Sometimes finish it before the next kill: a rerun must skip what it already wrote.
            again = run(["import", "-o", "out", "sheet.csv"], work)
            if again.returncode != 0:
                raise Broken("import: running it again after a kill exited %d: %s" % (again.returncode, again.stderr[-500:]))
            shutil.rmtree(out)
    again = run(["import", "-o", "out", "sheet.csv"], work)
    if again.returncode != 0:
        raise Broken("import: running it again after the kills exited %d: %s" % (again.returncode, again.stderr[-500:]))
    finished = {name: open(os.path.join(out, name), "rb").read() for name in visible(out)}
    if finished != expected:
        raise Broken("import: the folder after the kills differs from an uninterrupted import's")
    young = leftovers_removed(out, lambda: run(["import", "-o", "out", "sheet.csv"], work), "import")
    print("import after %d kills: running it again exits 0 and equals an uninterrupted import;"
          " the next removes the %d leftovers once over a minute old" % (kills, young))


def statements(work):
    """The bundled questionnaire's statements in the session's order, each with its scale's keys."""
    exported = yaml.safe_load(run(["questionnaires", "export", "ccg-authorisation"], work).stdout)
    keys = {scale["id"]: [str(option["key"]) for option in scale["options"]] for scale in exported["scales"]}
    return {question["id"]: keys[question["scale"]] for question in exported["questions"]}


def answered(path):
    if not os.path.exists(path):
        return {}
    document = yaml.safe_load(open(path, encoding="utf-8"))
    return {key: value["answer"] for key, value in (document.get("answers") or {}).items()}


def assess_loop(work, kills, rng):
    options = statements(work)
    ids = list(options)
    # An answer the statement's scale does not offer would be refused and the next line taken for it.
    given = {statement: rng.choice(keys) for statement, keys in options.items()}
    path = os.path.join(work, "a.yaml")
    args = ["assess", "--organisation", "NHS Loop CCG", "--respondent", "Dr Loop", "-a", "a.yaml"]
    # An uninterrupted session first, to kill the others while they run (and not after).
    start = time.monotonic()
    whole_session = run(args[:-1] + ["timed.yaml"], work, stdin=("\n".join(given[s] for s in ids) + "\n").encode())
    seconds = time.monotonic() - start
    if whole_session.returncode != 0 or answered(os.path.join(work, "timed.yaml")) != given:
        raise Broken("assess: an uninterrupted session exited %d without every answer" % whole_session.returncode)
    before = {}
    for kill in range(kills):
        # The session resumes at the first statement not answered; answer the rest, in order.
        rest = [given[statement] for statement in ids if statement not in before]
        after = rng.uniform(0.3, seconds * 0.9)
        finished = killed(args, work, after, stdin=("\n".join(rest) + "\n").encode())
        try:
            now = answered(path)
        except yaml.YAMLError as error:
            raise Broken("assess: after a kill at %.2f s the answers file does not read back: %s" % (after, error))
        lost = [statement for statement in before if statement not in now]
        wrong = [statement for statement, answer in now.items() if answer != given[statement]]
        if lost or wrong:
            raise Broken("assess: after a kill at %.2f s, answers lost %s or changed %s" % (after, lost[:3], wrong[:3]))
        print("assess kill %2d at %5.2f s: %s, %3d of %d answers kept" % (
            kill + 1, after, "finished first" if finished else "killed", len(now), len(ids)), flush=True)
        before = now
        if len(now) == len(ids):
            os.remove(path)
            before = {}
    rest = [given[statement] for statement in ids if statement not in before]
    last = run(args, work, stdin=("\n".join(rest) + "\nq\n").encode())
    final = answered(path)
    if last.returncode != 0 or final != given:
        missing = [statement for statement in ids if statement not in final]
        wrong = [statement for statement in final if final[statement] != given[statement]]
        raise Broken("assess: resuming after the kills exited %d; not answered %s, answered otherwise %s" % (
            last.returncode, missing[:5], wrong[:5]))
    if temporary(work):
        raise Broken("assess: temporary files left beside the answers file: %s" % temporary(work)[:5])
    print("assess after %d kills: resuming reaches the end with every answer as given, no temporary file left" % kills)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("commands", nargs="*", metavar="score|import|assess")
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--seed", type=int, default=2012)
    options = parser.parse_args()
    subprocess.run([LAUNCHER, "--version"], check=True, capture_output=True)
    rng = random.Random(options.seed)
    loops = {"score": score_loop, "import": import_loop, "assess": assess_loop}
    unknown = [command for command in options.commands if command not in loops]
    if unknown:
        parser.error("no loop for %s; choose among score, import, assess" % ", ".join(unknown))
    for command in options.commands or ["score", "import", "assess"]:
        work = tempfile.mkdtemp(prefix="ccg-diag-kill-%s-" % command)
        try:
            loops[command](work, options.kills, rng)
        except Broken as broken:
            print("BROKEN: %s (folder kept: %s)" % (broken, work), file=sys.stderr)
            return 1
        shutil.rmtree(work)
    return 0


if __name__ == "__main__":
    sys.exit(main())
