import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isMissiveError } from '../../src/domain/index.js';
import { mailConfigFromEnv, requireMailConfig } from '../../src/reminders/mail-config.js';

const FROM = 'Missive <missive@ohchr.example>';

test('an smtp URL gives host, port, credentials and STARTTLS mode; smtps means TLS from the start', () => {
  assert.deepEqual(mailConfigFromEnv({ MISSIVE_SMTP_URL: 'smtp://reminders:s%40cret@127.0.0.1:2525', MISSIVE_MAIL_FROM: FROM }), {
    host: '127.0.0.1', port: 2525, secure: false, auth: { user: 'reminders', pass: 's@cret' }, from: FROM, display: 'smtp://reminders:***@127.0.0.1:2525',
  });
  const tls = mailConfigFromEnv({ MISSIVE_SMTP_URL: 'smtps://mail.ohchr.example', MISSIVE_MAIL_FROM: 'missive@ohchr.example' });
  assert.deepEqual([tls?.port, tls?.secure, tls?.auth, tls?.from], [465, true, null, 'missive@ohchr.example']);
  assert.equal(mailConfigFromEnv({ MISSIVE_SMTP_URL: 'smtp://[::1]', MISSIVE_MAIL_FROM: FROM })?.host, '::1');
  assert.equal(mailConfigFromEnv({ MISSIVE_SMTP_URL: 'smtp://relay.example', MISSIVE_MAIL_FROM: FROM })?.port, 587);
});

test('without MISSIVE_SMTP_URL reminders are off; requiring them says which variable to set', () => {
  assert.equal(mailConfigFromEnv({}), null);
  assert.equal(mailConfigFromEnv({ MISSIVE_SMTP_URL: '  ', MISSIVE_MAIL_FROM: FROM }), null);
  assert.throws(() => requireMailConfig({}), (e: unknown) => isMissiveError(e, 'CONFIGURATION') && e.field === 'MISSIVE_SMTP_URL' && /MISSIVE_SMTP_URL/.test(e.message));
});

test('a bad setting is a configuration error naming its variable, and never shows the password', () => {
  const cases: [Record<string, string>, string][] = [
    [{ MISSIVE_SMTP_URL: 'http://user:hunter2@mail.example', MISSIVE_MAIL_FROM: FROM }, 'MISSIVE_SMTP_URL'],
    [{ MISSIVE_SMTP_URL: 'user:hunter2@mail.example:25', MISSIVE_MAIL_FROM: FROM }, 'MISSIVE_SMTP_URL'],
    [{ MISSIVE_SMTP_URL: 'smtp://user:hunter2@mail example', MISSIVE_MAIL_FROM: FROM }, 'MISSIVE_SMTP_URL'],
    [{ MISSIVE_SMTP_URL: 'smtp:user:hunter2@mail.example', MISSIVE_MAIL_FROM: FROM }, 'MISSIVE_SMTP_URL'],
    [{ MISSIVE_SMTP_URL: 'smtp://user:hunter2/x@mail.example', MISSIVE_MAIL_FROM: FROM }, 'MISSIVE_SMTP_URL'],
    [{ MISSIVE_SMTP_URL: 'smtp://user:hunter2@mail.example:99999', MISSIVE_MAIL_FROM: FROM }, 'MISSIVE_SMTP_URL'],
    [{ MISSIVE_SMTP_URL: 'smtp://user:hunter2@mail.example/path?tls=no', MISSIVE_MAIL_FROM: FROM }, 'MISSIVE_SMTP_URL'],
    [{ MISSIVE_SMTP_URL: 'smtp://user:hunter2@mail.example' }, 'MISSIVE_MAIL_FROM'],
    [{ MISSIVE_SMTP_URL: 'smtp://user:hunter2@mail.example', MISSIVE_MAIL_FROM: 'Missive' }, 'MISSIVE_MAIL_FROM'],
    [{ MISSIVE_SMTP_URL: 'smtp://user:hunter2@mail.example', MISSIVE_MAIL_FROM: 'Missive <not an address>' }, 'MISSIVE_MAIL_FROM'],
  ];
  for (const [env, variable] of cases) {
    assert.throws(() => mailConfigFromEnv(env), (e: unknown) => {
      assert.ok(isMissiveError(e, 'CONFIGURATION'), String(e));
      assert.equal(e.field, variable, JSON.stringify(env));
      assert.ok(e.message.startsWith(`${variable}: `), e.message);
      assert.doesNotMatch(`${e.message} ${JSON.stringify(e.value)}`, /hunter2/, 'the password is never shown');
      return true;
    });
  }
});
