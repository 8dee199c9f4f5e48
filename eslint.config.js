import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'var', 'coverage', 'web-admin/dist'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='process'][property.name='env']",
          message: 'Read configuration through api/config.ts only.',
        },
      ],
    },
  },
  {
    files: ['web-admin/src/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: [
      'api/config.ts',
      'test/**',
      'bench/**',
      'deploy/cluster/**',
      'api/db/*-provision.ts',
      'api/db/ferretdb*.ts',
    ],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
