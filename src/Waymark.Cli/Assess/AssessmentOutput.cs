using System.Globalization;
using System.Text.Json;

using Waymark.Assessments;
using Waymark.Data.Assessments;
using Waymark.Data.Exports;

namespace Waymark.Cli.Assess;

/// <summary>Writes an assessment as a table for people, or as CSV or JSON with the documented names: one row per block, then the overall category.</summary>
internal static class AssessmentOutput
{
    public static readonly string[] Columns =
        ["block_group", "block", "score", "state", "provisional", "predicted_score", "predicted_provisional", "what_would_move_it", "prediction_note"];

    public static void Table(TextWriter writer, StoredAssessment stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        FrameworkAssessment a = stored.Assessment;
        string illustrative = stored.Framework.Illustrative ? " (illustrative thresholds)" : string.Empty;
        writer.WriteLine($"{stored.Framework.Round}: {stored.Framework.Name} {stored.Framework.Version}{illustrative}, results to {stored.Period.Label}");
        writer.WriteLine();
        string[] headings = ["Block", "Score", "State", "Predicted", "What would move it"];
        List<string[]> rows = [.. a.Blocks.Select(b => new[]
        {
            b.Block.Group is null ? b.Block.Name : $"{b.Block.Group}: {b.Block.Name}",
            Score(b.Score) + (b.Provisional ? " (provisional)" : string.Empty),
            AssessmentText.State(b.State),
            (b.PredictedScore is null ? "no prediction" : Score(b.PredictedScore)) + (b.PredictedProvisional ? " (provisional)" : string.Empty),
            AssessmentText.WhatWouldMove(b),
        })];
        int[] widths = [.. headings.Select((h, i) => rows.Select(r => r[i].Length).Prepend(h.Length).Max())];
        Row(writer, headings, widths);
        Row(writer, [.. widths.Select(w => new string('-', w))], widths);
        foreach (string[] row in rows)
        {
            Row(writer, row, widths);
        }

        writer.WriteLine();
        writer.WriteLine($"Overall category: {a.Category ?? "none"}{(a.Provisional ? " (provisional)" : string.Empty)}; predicted {a.PredictedCategory ?? "none"}");
        foreach (BlockAssessment b in a.Blocks.Where(b => b.ProvisionalReason is not null))
        {
            writer.WriteLine($"{b.Block.Name}: {b.ProvisionalReason}");
        }

        foreach (BlockAssessment b in a.Blocks)
        {
            if (AssessmentText.PredictionGap(b) is { } gap)
            {
                writer.WriteLine($"{b.Block.Name}, predicted score: {gap}.");
            }
        }
    }

    public static void Csv(TextWriter writer, StoredAssessment stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        FrameworkAssessment a = stored.Assessment;
        Line(writer, Columns);
        foreach (BlockAssessment b in a.Blocks)
        {
            Line(writer, Fields(b));
        }

        Line(writer, [null, "Overall category", a.Category, null, Flag(a.Provisional), a.PredictedCategory, Flag(a.Blocks.Any(b => b.PredictedProvisional)), null, null]);
    }

    public static void Json(TextWriter writer, StoredAssessment stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        FrameworkAssessment a = stored.Assessment;
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("framework", stored.Framework.Name);
            json.WriteString("version", stored.Framework.Version);
            json.WriteString("round", stored.Framework.Round);
            json.WriteString("period", stored.Period.ToString());
            json.WriteBoolean("illustrative", stored.Framework.Illustrative);
            json.WriteStartArray("blocks");
            foreach (BlockAssessment b in a.Blocks)
            {
                string?[] fields = Fields(b);
                json.WriteStartObject();
                json.WriteString("block_group", b.Block.Group);
                json.WriteString("block", b.Block.Name);
                Number(json, "score", b.Score);
                json.WriteString("state", fields[3]);
                json.WriteBoolean("provisional", b.Provisional);
                json.WriteString("provisional_reason", b.ProvisionalReason);
                Number(json, "predicted_score", b.PredictedScore);
                json.WriteBoolean("predicted_provisional", b.PredictedProvisional);
                json.WriteString("predicted_reason", b.PredictedReason);
                json.WriteString("what_would_move_it", fields[7]);
                json.WriteString("prediction_note", fields[8]);
                json.WriteStartArray("indicators");
                foreach (IndicatorAssessment i in b.Indicators)
                {
                    json.WriteStartObject();
                    json.WriteString("indicator", i.Code);
                    Number(json, "latest", i.Latest);
                    json.WriteBoolean("latest_is_new", i.LatestIsNew);
                    json.WriteString("band", i.Band is { } band ? AssessmentText.Band(band) : null);
                    Number(json, "points", i.Points);
                    Number(json, "predicted", i.PredictedValue);
                    json.WriteBoolean("uses_prediction", i.UsesPrediction);
                    json.WriteString("predicted_band", i.PredictedBand is { } pb ? AssessmentText.Band(pb) : null);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteStartArray("moves");
                foreach (ScoreMove m in b.Moves)
                {
                    json.WriteStartObject();
                    json.WriteString("indicator", m.Code);
                    json.WriteString("direction", m.Direction == MoveDirection.Up ? "up" : "down");
                    json.WriteNumber("current", m.Current);
                    json.WriteNumber("needed", m.Needed);
                    json.WriteNumber("score_after", m.ScoreAfter);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteString("category", a.Category);
            json.WriteBoolean("provisional", a.Provisional);
            json.WriteString("predicted_category", a.PredictedCategory);
            json.WriteEndObject();
        }

        writer.Write(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
        writer.Write('\n');
    }

    private static string?[] Fields(BlockAssessment b) =>
    [
        b.Block.Group,
        b.Block.Name,
        b.Score?.ToString(CultureInfo.InvariantCulture),
        AssessmentText.State(b.State),
        Flag(b.Provisional),
        b.PredictedScore?.ToString(CultureInfo.InvariantCulture),
        Flag(b.PredictedProvisional),
        AssessmentText.WhatWouldMove(b),
        AssessmentText.PredictionGap(b),
    ];

    private static string Flag(bool value) => value ? "yes" : "no";

    private static string Score(int? score) => score?.ToString(CultureInfo.InvariantCulture) ?? "none";

    private static void Number(Utf8JsonWriter json, string name, decimal? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void Number(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void Line(TextWriter writer, string?[] fields)
    {
        writer.Write(string.Join(',', fields.Select(CsvTableWriter.Field)));
        writer.Write('\n');
    }

    private static void Row(TextWriter writer, string[] cells, int[] widths)
    {
        writer.WriteLine(string.Join("  ", cells.Select((c, i) => i == cells.Length - 1 ? c : c.PadRight(widths[i]))).TrimEnd());
    }
}
