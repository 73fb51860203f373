/**
 * The little of Lighthouse's and chrome-launcher's APIs that scripts/lighthouse.ts uses, typed
 * here so that the project type-checks without this folder's packages installed.
 */
export interface LighthouseFlags {
  port: number;
  output: 'json';
  logLevel: 'error' | 'info' | 'silent';
  onlyCategories: string[];
}

export interface LighthouseResult {
  lhr: {
    categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] } | undefined>;
    audits: Record<string, { score: number | null; title: string } | undefined>;
  };
}

export function lighthouse(url: string, flags: LighthouseFlags): Promise<LighthouseResult | undefined>;

export function launch(options: { chromePath: string; chromeFlags: string[] }): Promise<{ port: number; kill(): void }>;
