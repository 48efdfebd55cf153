/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    chrome: import('./lib/chrome').Chrome
  }
}
