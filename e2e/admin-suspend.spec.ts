import { expect, test } from "@playwright/test";

import { newPage, signIn, unique } from "./contribution-helpers";

test("an admin's Suspend button ends the person's session at once and refuses their sign-in until Restore", async ({
  browser,
}) => {
  const name = `Suspended ${unique()}`;
  const person = await newPage(browser);
  await signIn(person, name, "Contributor", "/contribute");

  const admin = await newPage(browser);
  await signIn(admin, `Admin ${unique()}`, "Admin", "/admin");
  await admin.goto("/admin");
  await admin.getByRole("button", { name: `Suspend ${name}`, exact: true }).click();
  await expect(admin.getByRole("button", { name: `Restore ${name}`, exact: true })).toBeVisible();
  const row = admin.getByRole("listitem").filter({ hasText: name });
  await expect(row.getByText(/Suspended since \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC/)).toBeVisible();

  // Their open session is gone: the next page they load is a signed-out one.
  await person.reload();
  await expect(person.getByTestId("signed-in-as")).toHaveCount(0);
  await expect(person.getByRole("link", { name: "Sign in" }).first()).toBeVisible();

  // Signing in again is refused with a message saying why.
  await person.goto("/sign-in");
  await person.getByLabel("Name", { exact: true }).fill(name);
  await person.getByRole("radio", { name: /^Contributor:/ }).check();
  await person.getByRole("button", { name: "Sign in" }).click();
  await expect(
    person.getByText("This account is suspended. Ask an administrator of the portal to restore it."),
  ).toBeVisible();
  await expect(person.getByTestId("signed-in-as")).toHaveCount(0);

  // Restore lets them back in.
  await admin.getByRole("button", { name: `Restore ${name}`, exact: true }).click();
  await expect(admin.getByRole("button", { name: `Suspend ${name}`, exact: true })).toBeVisible();
  await signIn(person, name, "Contributor");
});
