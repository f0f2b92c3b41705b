import { APP_VERSION, calendarDataLabel } from '../../core/index.js';
import { HELP, CLI_MESSAGES } from './messages.vi.js';
import { UsageError } from './usage-error.js';
import { runCalendar } from './commands/calendar.js';
import { runDue } from './commands/due.js';
import { runCheck } from './commands/check.js';
import { runMerge } from './commands/merge.js';
import { runDemo } from './commands/demo.js';

const COMMANDS: Record<string, (args: string[]) => Promise<number>> = {
  calendar: runCalendar,
  due: runDue,
  check: runCheck,
  merge: runMerge,
  demo: runDemo,
};

/** Runs the CLI and returns the exit code: 0 done, 2 bad arguments or unreadable input. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(HELP);
    return 0;
  }
  if (name === '--version' || name === '-V' || name === 'version') {
    console.log(`Đúng Hạn ${APP_VERSION}\n${calendarDataLabel()}`);
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    console.error(CLI_MESSAGES.unknownCommand(name));
    return 2;
  }
  // `dunghan <command> --help`: that command's help (due prints its own, longer one).
  if (name !== 'due' && (rest.includes('--help') || rest.includes('-h'))) {
    console.log(CLI_MESSAGES.commandHelp(name) ?? HELP);
    return 0;
  }
  try {
    return await command(rest);
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(error.message);
      return 2;
    }
    console.error(CLI_MESSAGES.internalError);
    console.error(error);
    return 1;
  }
}
