import * as migration_20261128_230800_initial from './20261128_230800_initial';

export const migrations = [
  {
    up: migration_20261128_230800_initial.up,
    down: migration_20261128_230800_initial.down,
    name: '20261128_230800_initial'
  },
];
