/**
 * The `ingest` section of pipeline.config.json, apart from the ingesters so that loading a config does not
 * load the HTML parser.
 */
import { z } from 'zod';

const keys = (d: string[]) => z.array(z.string().min(1)).min(1).default(d);

/** The `ingest` section of pipeline.config.json. */
export const IngestOptionsSchema = z.strictObject({
  json: z
    .strictObject({
      /** Field names tried in order for each article property of a JSON/JSONL export. */
      fields: z
        .strictObject({
          text: keys(['text', 'body', 'content', 'articleBody']),
          title: keys(['title', 'headline']),
          date: keys(['date', 'publishedAt', 'datePublished', 'published_at', 'published']),
          url: keys(['url', 'link']),
          id: keys(['id', 'guid', 'uuid']),
          byline: keys(['byline', 'author']),
        })
        .prefault({}),
    })
    .prefault({}),
});

export type IngestOptions = z.infer<typeof IngestOptionsSchema>;
export const defaultIngestOptions: IngestOptions = IngestOptionsSchema.parse({});

