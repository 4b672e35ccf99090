using Waymark.Evaluation;
using Waymark.Figures;
using Waymark.Periods;
using Waymark.Ratings;
using Waymark.Summaries;

namespace Waymark.Cli.Evaluate;

/// <summary>
/// Writes evaluations as an aligned table for people: every rating as a word (coloured on a terminal, never by
/// colour alone), every direction as an arrow and a word, and a summary of counts and percentages per rating.
/// </summary>
internal static class EvaluationTable
{
    private const int TitleWidth = 40;

    private static readonly string[] Headings =
        ["Indicator", "Title", "Value", "Target", "Rating", "Direction", "Year earlier", "Predicted", "Predicted rating"];

    private static readonly bool[] RightAligned = [false, false, true, true, false, false, true, true, false];

    public static void Write(TextWriter writer, ReportingPeriod period, IReadOnlyList<IndicatorEvaluation> evaluations, bool colour)
    {
        var rows = evaluations.Select(Cells).ToList();
        int[] widths = [.. Headings.Select((h, i) => rows.Select(r => r[i].Text.Length).Prepend(h.Length).Max())];

        writer.WriteLine($"Performance indicators, {period.Label}");
        writer.WriteLine();
        WriteRow(writer, [.. Headings.Select(h => new Cell(h, null))], widths, colour: false);
        WriteRow(writer, [.. widths.Select(w => new Cell(new string('-', w), null))], widths, colour: false);
        foreach (Cell[] row in rows)
        {
            WriteRow(writer, row, widths, colour);
        }

        writer.WriteLine();
        writer.WriteLine(Summary("Now", RatingSummary.Of(evaluations.Select(e => e.Rating.Rating)), colour));
        writer.WriteLine(Summary("Predicted year end", RatingSummary.Of(evaluations.Select(e => e.PredictedRating.Rating)), colour));
    }

    private static string Summary(string heading, RatingSummary summary, bool colour)
    {
        IEnumerable<string> parts = RatingSummary.ReportOrder.Select(r =>
            Paint($"{r.ToLabel()} {summary.Count(r)} ({summary.Percent(r)}%)", r, colour));
        return $"{heading}, {summary.Total} {(summary.Total == 1 ? "indicator" : "indicators")}: {string.Join(", ", parts)}";
    }

    private static Cell[] Cells(IndicatorEvaluation e) =>
    [
        new(e.Indicator.Code, null),
        new(Truncate(e.Indicator.Title), null),
        new(Figure(e, e.Value) + (e.Result?.DataQuality == Results.DataQuality.Withheld ? " (withheld)" : string.Empty), null),
        new(Figure(e, e.Target?.Value), null),
        RatingCell(e.Rating),
        new(e.Direction == DirectionOfTravel.NotComparable ? "not comparable" : $"{e.Direction.ToArrow()} {e.Direction.ToLabel()}", null),
        new(Figure(e, e.PreviousValue), null),
        new(Figure(e, e.Forecast?.Value), null),
        RatingCell(e.PredictedRating),
    ];

    // A figure as people read it: rounded to the indicator's decimals, thousands separated (1,012).
    private static string Figure(IndicatorEvaluation e, decimal? value) =>
        FigureText.Number(value is { } v ? e.Indicator.Round(v) : null, e.Indicator.Decimals);

    private static Cell RatingCell(RatingOutcome outcome) => outcome.Reason is { } reason
        ? new Cell($"Not rated: {reason.ToLabel()}", outcome.Rating)
        : new Cell(outcome.Rating.ToLabel(), outcome.Rating);

    private static string Truncate(string title) => title.Length <= TitleWidth ? title : string.Concat(title.AsSpan(0, TitleWidth - 1), "…");

    private static void WriteRow(TextWriter writer, Cell[] cells, int[] widths, bool colour)
    {
        for (int i = 0; i < cells.Length; i++)
        {
            bool last = i == cells.Length - 1;
            string text = RightAligned[i] ? cells[i].Text.PadLeft(widths[i]) : last ? cells[i].Text : cells[i].Text.PadRight(widths[i]);
            writer.Write(cells[i].Rating is { } r ? Paint(text, r, colour) : text);
            writer.Write(last ? string.Empty : "  ");
        }

        writer.WriteLine();
    }

    private static string Paint(string text, Rating rating, bool colour)
    {
        if (!colour)
        {
            return text;
        }

        string code = rating switch
        {
            Rating.Red => "\u001b[1;31m",
            Rating.Amber => "\u001b[1;33m",
            Rating.Green => "\u001b[1;32m",
            _ => "\u001b[2m",
        };
        return code + text + "\u001b[0m";
    }

    private readonly record struct Cell(string Text, Rating? Rating);
}
