using System.Globalization;

using Waymark.Indicators;

namespace Waymark.Data.Exports;

/// <summary>
/// One cell of an exported table: text, a number at its decimals, a date, or nothing. A number's
/// <see cref="decimal.Scale"/> is its count of decimals, so <c>80</c> at one decimal is held, written and shown
/// as <c>80.0</c> in every format.
/// </summary>
public readonly record struct ExportCell
{
    private ExportCell(ExportCellKind kind, string? text, decimal number, DateOnly date)
    {
        Kind = kind;
        Text = text;
        Number = number;
        Date = date;
    }

    /// <summary>An empty cell.</summary>
    public static ExportCell Empty => default;

    /// <summary>What the cell holds.</summary>
    public ExportCellKind Kind { get; }

    /// <summary>The text of a <see cref="ExportCellKind.Text"/> cell; <see langword="null"/> otherwise.</summary>
    public string? Text { get; }

    /// <summary>The number of a <see cref="ExportCellKind.Number"/> cell, carrying exactly <see cref="Decimals"/> decimals.</summary>
    public decimal Number { get; }

    /// <summary>The count of decimals a number is written and shown with.</summary>
    public int Decimals => Number.Scale;

    /// <summary>The date of a <see cref="ExportCellKind.Date"/> cell.</summary>
    public DateOnly Date { get; }

    /// <summary>A text cell; empty when <paramref name="text"/> is null or empty.</summary>
    public static ExportCell FromText(string? text) =>
        string.IsNullOrEmpty(text) ? Empty : new(ExportCellKind.Text, text, 0m, default);

    /// <summary>
    /// A number shown at <paramref name="decimals"/> (0-8), such as an indicator's value at the indicator's decimals;
    /// empty when there is no number. The value is rounded half up as the rules round, which for a value the rules
    /// have already rounded only adds the trailing zeros (80 becomes 80.0).
    /// </summary>
    public static ExportCell FromNumber(decimal? value, int decimals) =>
        value is { } v ? new(ExportCellKind.Number, null, DecimalRounding.HalfUp(v, decimals), default) : Empty;

    /// <summary>
    /// A number shown as it was entered, without trailing zeros (a count such as a numerator: 1509, 12.5);
    /// empty when there is no number.
    /// </summary>
    public static ExportCell FromNumber(decimal? value) =>
        value is { } v ? new(ExportCellKind.Number, null, WithoutTrailingZeros(v), default) : Empty;

    /// <summary>A date cell; empty when there is no date.</summary>
    public static ExportCell FromDate(DateOnly? date) =>
        date is { } d ? new(ExportCellKind.Date, null, 0m, d) : Empty;

    /// <summary>The cell as CSV and JSON write it: <c>80.0</c>, <c>2010-10-01</c>, the text; empty for nothing.</summary>
    public override string ToString() => Kind switch
    {
        ExportCellKind.Text => Text!,
        ExportCellKind.Number => Number.ToString(CultureInfo.InvariantCulture),
        ExportCellKind.Date => Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => string.Empty,
    };

    // Dividing by one with 28 decimals gives the same number at the smallest scale that holds it exactly.
    private static decimal WithoutTrailingZeros(decimal value) => value / 1.0000000000000000000000000000m;
}
