import { readFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import type { Command } from 'commander';
import { Accounts } from '../accounts/service.js';
import { newSecret } from '../accounts/secrets.js';
import { MissiveError } from '../domain/index.js';
import type { User } from '../store/ports.js';
import { withContext, withStoreOptions, type StoreOptions } from './context.js';
import { printResult } from './output.js';

/**
 * `missive init` (the first admin) and `missive user add|list|disable|enable|reset|token`.
 * A password comes from --password-file (its first line) or MISSIVE_PASSWORD; otherwise one is
 * generated and printed once. Changes are audited as `cli:<system user>`.
 */

interface PasswordOptions extends StoreOptions {
  readonly passwordFile?: string;
  readonly json?: boolean;
}

const actor = (): string => `cli:${userInfo().username}`;

/** The password given, or a generated one (and whether it was generated, to print it). */
function password(options: PasswordOptions): { value: string; generated: boolean } {
  if (options.passwordFile) {
    let text: string;
    try {
      text = readFileSync(options.passwordFile, 'utf8');
    } catch (e) {
      throw new MissiveError('INVALID_VALUE', `--password-file ${options.passwordFile} cannot be read: ${(e as Error).message}`, { field: 'password-file', value: options.passwordFile });
    }
    return { value: text.split(/\r?\n/)[0] ?? '', generated: false };
  }
  const env = process.env.MISSIVE_PASSWORD;
  if (env) return { value: env, generated: false };
  return { value: newSecret(18), generated: true };
}

const describe = (u: User) => ({ username: u.username, name: u.displayName, email: u.email, role: u.role, state: u.stateCode, mandates: u.mandateIds, disabled: u.disabled });

function collect(value: string, previous: string[]): string[] {
  return [...previous, ...value.split(',').map((v) => v.trim()).filter((v) => v.length > 0)];
}

function printCreated(user: User, pass: { value: string; generated: boolean }, json: boolean | undefined): void {
  const shown = pass.generated ? { password: pass.value } : {};
  printResult(json, { ...describe(user), ...shown }, () => `Added ${user.role} ${user.username}${pass.generated ? `\nPassword (shown once): ${pass.value}` : ''}`);
}

export function registerUser(program: Command): void {
  withStoreOptions(program.command('init').description('prepare the database and create the first admin (only while no account exists)'))
    .option('--admin <username>', 'username of the first admin', 'admin')
    .option('--email <address>', 'the admin\'s e-mail address')
    .option('--password-file <file>', 'read the password from the first line of this file (else MISSIVE_PASSWORD, else one is generated and printed)')
    .option('--json', 'print the result as JSON')
    .action(async (options: PasswordOptions & { admin: string; email?: string }) => {
      await withContext(options, async ({ store, reference }) => {
        const accounts = new Accounts(store, reference);
        if ((await accounts.list()).length > 0) throw new MissiveError('CONFLICT', 'init: accounts exist already; add more with `missive user add`', { field: 'admin' });
        const pass = password(options);
        printCreated(await accounts.add(actor(), { username: options.admin, email: options.email ?? null, role: 'admin' }, pass.value), pass, options.json);
      });
    });

  const user = program.command('user').description('manage accounts: add, list, disable, enable, reset, token');
  withStoreOptions(user.command('add <username>').description('add an account'))
    .requiredOption('--role <role>', 'admin, secretariat, mandate-holder or mission')
    .option('--name <name>', 'display name')
    .option('--email <address>', 'e-mail address (reminders go there)')
    .option('--state <ISO3>', 'a mission\'s State')
    .option('--mandate <id>', 'a mandate-holder\'s mandate (repeat, or separate by commas)', collect, [])
    .option('--password-file <file>', 'read the password from the first line of this file (else MISSIVE_PASSWORD, else one is generated and printed)')
    .option('--json', 'print the result as JSON')
    .action(async (username: string, options: PasswordOptions & { role: string; name?: string; email?: string; state?: string; mandate: string[] }) => {
      await withContext(options, async ({ store, reference }) => {
        const pass = password(options);
        const created = await new Accounts(store, reference).add(actor(), {
          username, displayName: options.name, email: options.email ?? null, role: options.role, stateCode: options.state ?? null, mandateIds: options.mandate,
        }, pass.value);
        printCreated(created, pass, options.json);
      });
    });

  withStoreOptions(user.command('list').description('list accounts'))
    .option('--json', 'print the result as JSON')
    .action(async (options: StoreOptions & { json?: boolean }) => {
      await withContext(options, async ({ store, reference }) => {
        const users = (await new Accounts(store, reference).list()).map(describe);
        printResult(options.json, users, () => users.map((u) => `${u.username}\t${u.role}${u.state ? ` ${u.state}` : ''}${u.mandates.length ? ` ${u.mandates.join(',')}` : ''}\t${u.email ?? ''}${u.disabled ? '\tdisabled' : ''}`).join('\n') || 'No accounts.');
      });
    });

  for (const [name, disabled] of [['disable', true], ['enable', false]] as const) {
    withStoreOptions(user.command(`${name} <username>`).description(disabled ? 'disable an account: its sessions end and its tokens stop at once' : 'enable a disabled account'))
      .action(async (username: string, options: StoreOptions) => {
        await withContext(options, async ({ store, reference }) => {
          const changed = await new Accounts(store, reference).setDisabled(actor(), username, disabled);
          process.stdout.write(`${disabled ? 'Disabled' : 'Enabled'} ${changed.username}\n`);
        });
      });
  }

  withStoreOptions(user.command('reset <username>').description('set a new password (its sessions end)'))
    .option('--password-file <file>', 'read the password from the first line of this file (else MISSIVE_PASSWORD, else one is generated and printed)')
    .action(async (username: string, options: PasswordOptions) => {
      await withContext(options, async ({ store, reference }) => {
        const pass = password(options);
        await new Accounts(store, reference).resetPassword(actor(), username, pass.value);
        process.stdout.write(`New password set for ${username.trim().toLowerCase()}${pass.generated ? `\nPassword (shown once): ${pass.value}` : ''}\n`);
      });
    });

  withStoreOptions(user.command('token <username> <name>').description('create a personal API token for scripts (shown once; send it as "Authorization: Bearer TOKEN")'))
    .action(async (username: string, name: string, options: StoreOptions) => {
      await withContext(options, async ({ store, reference }) => {
        const account = await store.accounts.byUsername(username.trim().toLowerCase());
        if (!account) throw new MissiveError('NOT_FOUND', `username: no account is named "${username}"`, { field: 'username', value: username });
        const { token } = await new Accounts(store, reference).createToken(account, name);
        process.stdout.write(`${token}\n`);
      });
    });
}
