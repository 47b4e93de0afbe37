/** A built-in form's sample (`<id>.sample.json`), for the preview host: loaded on demand like the form itself. */
import type { SampleReport } from "../preview/seedDocument";

export async function loadSample(id: string): Promise<SampleReport | null> {
  try {
    const module = (await import(/* webpackChunkName: "sample-[request]" */ `./${id}.sample.json`)) as { default: SampleReport };
    return module.default;
  } catch (error) {
    // A form without a sample is shown on an empty document; anything else is a build fault worth seeing.
    if (error instanceof Error && /Cannot find module/.test(error.message)) return null;
    throw error;
  }
}
