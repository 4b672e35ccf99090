using System.Text.Json;

using Waymark.Evaluation;

namespace Waymark.Cli.Evaluate;

/// <summary>Writes evaluations as a JSON array of objects with the documented names; numbers as JSON numbers, null where nothing exists.</summary>
internal static class EvaluationJson
{
    public static void Write(TextWriter writer, IEnumerable<IndicatorEvaluation> evaluations)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartArray();
            foreach (IndicatorEvaluation e in evaluations)
            {
                json.WriteStartObject();
                string?[] fields = EvaluationColumns.Fields(e);
                for (int i = 0; i < fields.Length; i++)
                {
                    string name = EvaluationColumns.Names[i];
                    if (fields[i] is null)
                    {
                        json.WriteNull(name);
                    }
                    else if (EvaluationColumns.Numeric.Contains(name))
                    {
                        // The text keeps the indicator's decimals (80.0), which a JSON number may carry.
                        json.WritePropertyName(name);
                        json.WriteRawValue(fields[i]!, skipInputValidation: false);
                    }
                    else
                    {
                        json.WriteString(name, fields[i]);
                    }
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        writer.Write(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
        writer.Write('\n');
    }
}
