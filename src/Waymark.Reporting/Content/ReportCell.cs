using Waymark.Ratings;
using Waymark.Reporting.Text;

namespace Waymark.Reporting.Content;

/// <summary>
/// A cell of a <see cref="ReportTable"/>: its <paramref name="Kind"/>, its <paramref name="Text"/> (the words, the
/// figure with its unit, or the rating's words), the <paramref name="Rating"/> a writer colours it by, and for a
/// progress cell the words of its <paramref name="Direction"/>. Make one with the factories.
/// </summary>
public sealed record ReportCell(CellKind Kind, string Text, Rating? Rating = null, string? Direction = null)
{
    /// <summary>A note a writer prints under the cell's words, smaller, such as an indicator's definition; none when null.</summary>
    public string? Note { get; init; }

    /// <summary>The cell's words as a format without colours prints them: a progress cell's rating followed by its direction.</summary>
    public string Words => Direction is null ? Text : $"{Text} {Direction}";

    /// <summary>Words.</summary>
    public static ReportCell Plain(string text) => new(CellKind.Text, text);

    /// <summary>A figure already written with its unit, such as <c>77.4%</c> or <c>54.3 per 10,000 (2008/09 Q3)</c>.</summary>
    public static ReportCell Figure(string text) => new(CellKind.Figure, text);

    /// <summary>A rating and its words, such as <c>Unable to traffic light (no target)</c>.</summary>
    public static ReportCell ForRating(Rating rating, string words) => new(CellKind.Rating, words, rating);

    /// <summary>A direction of travel as its arrow and words, such as <c>↑ improving</c>, or <c>not given</c>.</summary>
    public static ReportCell ForDirection(DirectionOfTravel? direction) => new(CellKind.Direction, ReportWords.Direction(direction));

    /// <summary>A tracker's agreed rating (<c>Not agreed</c> until agreed) followed by its direction of travel.</summary>
    public static ReportCell ForProgress(ProgressCell progress)
    {
        ArgumentNullException.ThrowIfNull(progress);
        return new(CellKind.Progress, ReportWords.Rating(progress.Rating), progress.Rating, ReportWords.Direction(progress.Direction));
    }
}
