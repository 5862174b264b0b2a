// Swagger UI works for a person: it opens on Huawei IAM v5; log in with POST /v3/auth/tokens, authorize with the
// token, and try ShowUserV5 and ShowUserLastLoginV5 with real answers; each other dialect shows its operation once. Needs EMULATOR_URL (a running emulator with the demo
// users) and Chromium (CHROMIUM, default /usr/bin/chromium).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';

const url = process.env.EMULATOR_URL ?? 'http://127.0.0.1:8080';
const screenshot = process.env.SCREENSHOT;
const alice = 'a2518bb93d6f3182877d916651ee4f1b';
let browser;
let page;

before(async () => {
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await page.goto(`${url}/swagger-ui.html`);
  await page.waitForSelector('.opblock', { timeout: 60_000 });
});

after(async () => {
  await browser?.close();
});

/** Expands an operation, presses "Try it out", runs it and returns its response section. */
async function tryOut(operationId, fill) {
  const block = page.locator(`[id$="-${operationId}"]`).first();
  await block.locator('.opblock-summary').first().click();
  await block.getByRole('button', { name: 'Try it out' }).click();
  await fill(block);
  await block.getByRole('button', { name: 'Execute' }).click();
  const response = block.locator('.live-responses-table .response').first();
  await response.waitFor({ timeout: 30_000 });
  return response;
}

test('Swagger UI opens on the Huawei IAM v5 definition', async () => {
  assert.equal((await page.locator('.topbar select option:checked').innerText()).trim(), 'Huawei IAM v5');
  assert.ok(await page.locator('[id$="-ShowUserV5"]').count() > 0, 'ShowUserV5 is not on the landing page');
});

test('a person logs in, authorizes and reads a user and its last login', async () => {
  const login = await tryOut('KeystoneCreateUserTokenByPassword', async (block) => {
    await block.locator('textarea.body-param__text').fill(JSON.stringify({ auth: { identity: {
      methods: ['password'],
      password: { user: { name: 'emulator', password: 'Emulator-Root-Passw0rd', domain: { name: 'emulator' } } },
    } } }));
  });
  assert.equal((await login.locator('.response-col_status').innerText()).trim(), '201');
  const headers = await login.locator('.response-col_description').innerText();
  const token = /x-subject-token:\s*(\S+)/i.exec(headers)?.[1];
  assert.ok(token?.startsWith('MII'), `no token among the response headers: ${headers}`);

  await page.getByRole('button', { name: /Authorize/ }).first().click();
  await page.locator('.modal-ux input[type=text]').first().fill(token);
  await page.locator('.modal-ux button.modal-btn.authorize').click();
  await page.locator('.modal-ux button.btn-done').click();

  const user = await tryOut('ShowUserV5', async (block) => {
    await block.locator('input[placeholder="user_id"]').fill(alice);
  });
  assert.equal((await user.locator('.response-col_status').innerText()).trim(), '200');
  const body = await user.locator('.response-col_description').innerText();
  assert.match(body, /"user_name": "alice"/);
  assert.match(body, /"tag_value": "dev"/);

  const lastLogin = await tryOut('ShowUserLastLoginV5', async (block) => {
    await block.locator('input[placeholder="user_id"]').fill(alice);
  });
  assert.equal((await lastLogin.locator('.response-col_status').innerText()).trim(), '200');
  assert.match(await lastLogin.locator('.response-col_description').innerText(),
    /"last_login_at": "\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z"/);

  if (screenshot) {
    await user.scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshot, fullPage: false });
  }
});

test('each other dialect shows its operation once under its own definition', async () => {
  for (const [definition, operationId] of [['Alibaba Cloud RAM/IMS', 'AliyunGetLoginProfile'],
    ['CTyun IAM (AWS Query)', 'CtyunGetUser']]) {
    await page.locator('.topbar select').selectOption({ label: definition });
    await page.locator(`[id$="-${operationId}"]`).first().waitFor({ timeout: 30_000 });
    assert.equal(await page.locator('.opblock').count(), 1, `${definition} shows more than its operation`);
  }
});
