import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import tseslint from "typescript-eslint";

const config = [
  {
    ignores: [
      ".next/**",
      "bench/floor/.next/**",
      ".next-*/**",
      "node_modules/**",
      ".data/**",
      "test-results/**",
      "test-results-*/**",
      "playwright-report/**",
      "lib/kratos/api.d.ts",
      "next-env.d.ts",
    ],
  },
  ...nextVitals,
  ...nextTypescript,
  {
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { "@typescript-eslint": tseslint.plugin },
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      // Plain <a> on purpose: every page is a server round trip anyway, links must
      // work without JavaScript, and prefetching must never hit /logout.
      "@next/next/no-html-link-for-pages": "off",
    },
  },
];

export default config;
