// The command line's help and usage errors: every command's --help ends with a worked example
// whose options exist on that command (so examples cannot rot), and a mistyped command or option
// is one line naming it, with a suggestion when there is one, exit 2.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { Command } from "commander";
import { addExamples, examplesFor } from "../src/cli/examples.js";
import { COMMAND_NAMES, registerAll, registerOne } from "../src/cli/commands/one.js";

const CLI = ["--import", "tsx", new URL("../src/cli/main.ts", import.meta.url).pathname];
function run(args: string[]) {
  const r = spawnSync(process.execPath, [...CLI, ...args], { encoding: "utf8", timeout: 120_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

async function program(): Promise<Command> {
  const p = new Command().name("claimtrace");
  await registerAll(p);
  addExamples(p);
  return p;
}

function allCommands(p: Command): Array<{ path: string; cmd: Command }> {
  const out: Array<{ path: string; cmd: Command }> = [];
  const walk = (c: Command, prefix: string) => {
    for (const sub of c.commands) {
      const path = prefix ? `${prefix} ${sub.name()}` : sub.name();
      out.push({ path, cmd: sub });
      walk(sub, path);
    }
  };
  walk(p, "");
  return out;
}

/** Words of a shell line up to a redirection or a second command; quotes removed. */
function words(line: string): string[] {
  const out: string[] = [];
  for (const m of line.matchAll(/'([^']*)'|"((?:[^"\\]|\\.)*)"|(\S+)/g)) {
    const w = m[1] ?? m[2] ?? m[3]!;
    if (m[3] && /^(>|\||&&|<)/.test(w)) break;
    out.push(w);
  }
  return out;
}

test("every command and subcommand has a worked example at the end of its help", async () => {
  const p = await program();
  const cmds = allCommands(p);
  assert.ok(cmds.length >= 12, cmds.map((c) => c.path).join(", "));
  for (const { path, cmd } of cmds) {
    const lines = examplesFor(path);
    assert.ok(lines?.some((l) => /(^|\| )claimtrace /.test(l)), `${path}: no example`);
    let help = "";
    cmd.configureOutput({ writeOut: (s) => { help += s; } });
    cmd.outputHelp();
    assert.match(help, /\nExamples:\n {2}/, `${path}: --help shows the examples`);
    assert.ok(help.trimEnd().endsWith(lines!.at(-1)!), `${path}: the examples come last`);
  }
});

test("the examples use only commands and options that exist", async () => {
  const p = await program();
  for (const { path } of allCommands(p)) {
    for (const line of examplesFor(path)!.filter((l) => !l.startsWith("#"))) {
      // A line may pipe into claimtrace or chain a second one after &&: check each claimtrace part.
      for (const part of line.split(/&&|\|/).map((x) => x.trim()).filter((x) => x.startsWith("claimtrace "))) {
        const ws = words(part);
        assert.equal(ws[0], "claimtrace", line);
        let cmd = p;
        let k = 1;
        for (let sub = cmd.commands.find((c) => c.name() === ws[k]); sub; sub = cmd.commands.find((c) => c.name() === ws[k])) { cmd = sub; k++; }
        assert.notEqual(cmd, p, `${line}: names a command`);
        // A command with a default subcommand ("articles" → list) takes that subcommand's options.
        const target = cmd.commands.length ? cmd.commands.find((c) => (cmd as unknown as { _defaultCommandName?: string })._defaultCommandName === c.name()) ?? cmd : cmd;
        for (const w of ws.slice(k).filter((x) => /^--?[a-z]/i.test(x))) {
          assert.ok(target.options.some((o) => o.long === w || o.short === w), `${line}: ${w} is not an option of ${target.name()}`);
        }
      }
    }
  }
});

// `claimtrace <command> …` loads its command alone (src/cli/commands/one.ts): every command is
// loadable so, and alone it is the same command, help and subcommands included.
test("each command registered alone is the command registered with all of them", async () => {
  const all = await program();
  assert.deepEqual([...COMMAND_NAMES].sort(), all.commands.map((c) => c.name()).sort());
  assert.equal(await registerOne(new Command(), "x"), false);
  assert.equal(await registerOne(new Command(), "constructor"), false);
  const helps = (p: Command) => allCommands(p).map(({ path, cmd }) => `${path}\n${cmd.helpInformation()}`);
  for (const name of COMMAND_NAMES) {
    const p = new Command().name("claimtrace");
    assert.equal(await registerOne(p, name), true);
    addExamples(p);
    const names = p.commands.map((c) => c.name());
    assert.ok(names.includes(name) && names.length <= 2, `${name}: ${names.join(", ")}`);
    const alone = new Command().name("claimtrace");
    for (const n of names) alone.addCommand(all.commands.find((c) => c.name() === n)!);
    assert.deepEqual(helps(p), helps(alone), name);
  }
});

test("claimtrace claims --help, as a user runs it, ends with its examples", () => {
  const r = run(["claims", "--help"]);
  assert.equal(r.code, 0);
  assert.match(r.out, /\nExamples:\n {2}# drones shot down[^\n]*\n {2}claimtrace claims --db news\.db --item drone/);
});

test("an unknown command or option is one line on stderr, exit 2", () => {
  const x = run(["x"]);
  assert.equal(x.code, 2);
  assert.equal(x.out, "");
  assert.equal(x.err, "claimtrace: unknown command 'x' (see claimtrace --help)\n");
  const typo = run(["clams"]);
  assert.equal(typo.err, "claimtrace: unknown command 'clams' (did you mean claims? see claimtrace --help)\n");
  const opt = run(["claims", "--itme", "uav"]);
  assert.equal(opt.code, 2);
  assert.equal(opt.err, "claimtrace: unknown option '--itme' (did you mean --item? see claimtrace claims --help)\n");
  const bare = run([]);
  assert.equal(bare.code, 2);
  assert.equal(bare.err, "claimtrace: no command given (see claimtrace --help)\n");
  const missing = run(["articles", "show"]);
  assert.equal(missing.code, 2);
  assert.equal(missing.err, "claimtrace: missing required argument 'id' (see claimtrace articles show --help)\n");
});
