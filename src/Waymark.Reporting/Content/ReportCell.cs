using Waymark.Disclosure;
using Waymark.Ratings;
using Waymark.Reporting.Text;

namespace Waymark.Reporting.Content;

/// <summary>
/// A cell of a <see cref="ReportTable"/>: its <paramref name="Kind"/>, its <paramref name="Text"/> (the words, the
/// figure with its unit, or the rating's words), the <paramref name="Rating"/> a writer colours it by, for a
/// progress cell the words of its <paramref name="Direction"/>, and for a figure the <paramref name="Number"/> behind
/// it (null when there is no figure). Make one with the factories.
/// </summary>
public sealed record ReportCell(CellKind Kind, string Text, Rating? Rating = null, string? Direction = null, FigureValue? Number = null)
{
    /// <summary>A note a writer prints under the cell's words, smaller, such as an indicator's definition; none when null.</summary>
    public string? Note { get; init; }

    /// <summary>The cell's words as a format without colours prints them: a progress cell's rating followed by its direction.</summary>
    public string Words => Direction is null ? Text : $"{Text} {Direction}";

    /// <summary>Words.</summary>
    public static ReportCell Plain(string text) => new(CellKind.Text, text);

    /// <summary>
    /// A figure: <paramref name="text"/> is how people read it (<c>77.4%</c>, <c>54.3 per 10,000 (2008/09 Q3)</c>), the
    /// value, unit and decimals are the number behind it; a cell without a value is empty.
    /// </summary>
    public static ReportCell Figure(string text, decimal? value, string unit, int decimals) =>
        new(CellKind.Figure, text, Number: value is { } v ? new FigureValue(v, unit, decimals) : null);

    /// <summary>A value of an indicator, written at its decimals with its unit.</summary>
    public static ReportCell Figure(IndicatorLine line, decimal? value)
    {
        ArgumentNullException.ThrowIfNull(line);
        return Figure(ReportNumbers.WithUnit(line, value), value, line.Unit, line.Decimals);
    }

    /// <summary>A comparator of an indicator, written with its unit and the period it was published for.</summary>
    public static ReportCell Comparator(IndicatorLine line, ComparatorValue? comparator) =>
        Figure(ReportWords.Comparator(line, comparator), comparator?.Value, line.Unit, line.Decimals);

    /// <summary>A count, such as the number of indicators at a rating.</summary>
    public static ReportCell Count(int count) => Figure(ReportNumbers.Count(count), count, "number", 0);

    /// <summary>A whole percentage, such as <c>45%</c>.</summary>
    public static ReportCell Percent(int percent) => Figure(ReportNumbers.Percent(percent), percent, "percent", 0);

    /// <summary>A figure kept back from readers: <c>c</c>, with <paramref name="reason"/> in words as its note (<c>suppressed: a count of 5 or fewer</c>).</summary>
    public static ReportCell Suppressed(string reason) => new(CellKind.Suppressed, DisclosureText.Symbol) { Note = reason };

    /// <summary>A rating and its words, such as <c>Unable to traffic light (no target)</c>.</summary>
    public static ReportCell ForRating(Rating rating, string words) => new(CellKind.Rating, words, rating);

    /// <summary>A tracker's agreed rating in its words, or <c>Not agreed</c> as words until it is agreed.</summary>
    public static ReportCell ForRating(Rating? rating) =>
        rating is { } r ? ForRating(r, ReportWords.Rating(r)) : Plain(ReportWords.Rating(null));

    /// <summary>A direction of travel as its arrow and words, such as <c>↑ improving</c>, or <c>not given</c>.</summary>
    public static ReportCell ForDirection(DirectionOfTravel? direction) => new(CellKind.Direction, ReportWords.Direction(direction));

    /// <summary>A tracker's agreed rating (<c>Not agreed</c> until agreed) followed by its direction of travel.</summary>
    public static ReportCell ForProgress(ProgressCell progress)
    {
        ArgumentNullException.ThrowIfNull(progress);
        return new(CellKind.Progress, ReportWords.Rating(progress.Rating), progress.Rating, ReportWords.Direction(progress.Direction));
    }

    /// <summary>
    /// An assessment score: why there is none (<c>no score</c> unless the cell says), marked <c>(carried forward)</c>
    /// when it was, and with where it comes from (<c>3 (computed)</c>) when the framework's rules worked it out.
    /// </summary>
    public static ReportCell ForScore(AssessmentCell score)
    {
        ArgumentNullException.ThrowIfNull(score);
        if (score.Score is null)
        {
            return Plain(score.Missing ?? "no score");
        }

        return score.CarriedForward
            ? new(CellKind.CarriedForward, $"{score.Score} (carried forward)")
            : Plain(score.Source is null ? score.Score : $"{score.Score} ({score.Source})");
    }
}
