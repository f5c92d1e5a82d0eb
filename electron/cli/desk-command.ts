import { deskRoles, type DeskRole } from '../../core/desk/desk-roles';
import { addDeskUser } from '../desk-server/desk-users';
import { InputError, UsageError, parseCommandArgs, type Command } from './command';

/** `newsroom desk add-user`: adds someone to a desk's users file and prints their token once. */
export const deskCommand: Command = {
  name: 'desk',
  usage: 'newsroom desk add-user NAME --role reporter|editor|photo --users FILE',
  summary: 'Add a person to the desk; prints their token once (the file keeps only its hash).',
  async run(argv, out) {
    const { values, positionals } = parseCommandArgs(
      argv,
      { role: { type: 'string' }, users: { type: 'string' } },
      true,
    );
    const [action, name, ...extra] = positionals;
    if (action !== 'add-user') throw new UsageError('the only desk action is add-user');
    if (!name?.trim() || extra.length) throw new UsageError('give exactly one NAME');
    if (!deskRoles.includes(values.role as DeskRole))
      throw new UsageError(`--role must be one of ${deskRoles.join(', ')}`);
    if (!values.users) throw new UsageError('--users FILE is required');
    const token = await addDeskUser(values.users, name.trim(), values.role as DeskRole).catch(
      (error: Error) => {
        throw new InputError(error.message);
      },
    );
    out(token);
  },
};
