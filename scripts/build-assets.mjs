// Builds the static assets Django serves from build/static (see settings.STATICFILES_DIRS).
import { cpSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as sass from "sass";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(root, "build", "static");
const govuk = join(root, "node_modules", "govuk-frontend", "dist", "govuk");

mkdirSync(out, { recursive: true });
const css = sass.compile(join(root, "src", "jointwork", "static_src", "jointwork.scss"), {
  loadPaths: [join(root, "node_modules")],
  style: "compressed",
  quietDeps: true,
  silenceDeprecations: ["import", "global-builtin", "if-function"],
});
writeFileSync(join(out, "jointwork.css"), css.css);
// Our own mark, not the GOV.UK crown: Jointwork is not a government service.
cpSync(join(root, "src", "jointwork", "static_src", "favicon.svg"), join(out, "favicon.svg"));
mkdirSync(join(out, "govuk-frontend"), { recursive: true });
cpSync(join(govuk, "govuk-frontend.min.js"), join(out, "govuk-frontend", "govuk-frontend.min.js"));
cpSync(join(govuk, "assets", "images"), join(out, "govuk-frontend", "assets", "images"), { recursive: true });
mkdirSync(join(out, "htmx"), { recursive: true });
cpSync(join(root, "node_modules", "htmx.org", "dist", "htmx.min.js"), join(out, "htmx", "htmx.min.js"));
mkdirSync(join(out, "vendor"), { recursive: true });
cpSync(join(root, "node_modules", "axe-core", "axe.min.js"), join(out, "vendor", "axe.min.js"));
console.log(`assets built in ${out}`);
