import * as migration_20261128_224549_initial from './20261128_224549_initial';

export const migrations = [
  {
    up: migration_20261128_224549_initial.up,
    down: migration_20261128_224549_initial.down,
    name: '20261128_224549_initial'
  },
];
