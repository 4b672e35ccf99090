using Waymark.Data.Exports;
using Waymark.Evaluation;

namespace Waymark.Cli.Evaluate;

/// <summary>Writes evaluations as CSV with the documented header, one row per indicator.</summary>
internal static class EvaluationCsv
{
    public static void Write(TextWriter writer, IEnumerable<IndicatorEvaluation> evaluations)
    {
        writer.Write(string.Join(',', EvaluationColumns.Names));
        writer.Write('\n');
        foreach (IndicatorEvaluation e in evaluations)
        {
            string?[] fields = EvaluationColumns.Fields(e);
            for (int i = 0; i < fields.Length; i++)
            {
                if (i > 0)
                {
                    writer.Write(',');
                }

                writer.Write(CsvTableWriter.Field(fields[i]));
            }

            writer.Write('\n');
        }
    }
}
