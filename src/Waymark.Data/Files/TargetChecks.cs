using System.Diagnostics.CodeAnalysis;

using Waymark.Figures;
using Waymark.Indicators;
using Waymark.Periods;

namespace Waymark.Data.Files;

/// <summary>
/// The checks of one target, the same for a row of <c>targets.csv</c> and for a target entered in a form: the
/// period, the number, the indicator's range, and one target for each indicator and period.
/// </summary>
public static class TargetChecks
{
    /// <summary>Reads a period, or says why the text is not one, naming it.</summary>
    public static bool TryPeriod(ReadOnlySpan<char> text, out ReportingPeriod period, [NotNullWhen(false)] out string? error) =>
        ReportingPeriod.TryParse(text.Trim(), out period, out error);

    /// <summary>
    /// Reads a target: a number, given, within the range of <paramref name="indicator"/> (checked only when
    /// the indicator is known), rounded half up to its decimals.
    /// </summary>
    /// <param name="text">The target as typed, read by <see cref="FigureText.TryParse"/>.</param>
    /// <param name="indicator">The indicator, when known.</param>
    /// <param name="target">The target, rounded to the indicator's decimals.</param>
    /// <param name="error">Why the text is not a target.</param>
    /// <param name="label">
    /// The form field's label, such as <c>The target</c>: text that is not a number is then refused with the form's
    /// message (<see cref="FigureError.For"/>); without it, with the file's (<see cref="FigureError.Message"/>).
    /// </param>
    public static bool TryTarget(ReadOnlySpan<char> text, IndicatorDefinition? indicator, out decimal target, [NotNullWhen(false)] out string? error, string? label = null)
    {
        target = 0m;
        if (!FigureText.TryParse(text, out decimal? value, out FigureError? figureError))
        {
            error = label is null ? figureError.Message : figureError.For(label);
            return false;
        }

        error = null;
        if (value is null)
        {
            error = "Enter a target";
            return false;
        }

        if (indicator is not null && !indicator.Range.Contains(value.Value))
        {
            error = indicator.OutOfRange("target", text.Trim().ToString(), "targets");
            return false;
        }

        target = indicator?.Round(value.Value) ?? value.Value;
        return true;
    }

    /// <summary>Why a second target for <paramref name="period"/> is refused.</summary>
    public static string AlreadySet(string code, ReportingPeriod period) => $"{code} already has a target for {period}";
}
