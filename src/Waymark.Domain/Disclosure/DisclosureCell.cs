namespace Waymark.Disclosure;

/// <summary>
/// A cell of a table that is published: a <see cref="DisclosureCellKind.Count"/> of people, a
/// <see cref="DisclosureCellKind.Ratio"/> (a percentage or rate) worked out from a numerator and a denominator, or
/// <see cref="DisclosureCellKind.Other"/> (words, an empty cell, a figure not made from counts), which is always
/// shown and takes no part in the sums. Make one with the factories.
/// </summary>
public sealed record DisclosureCell
{
    private DisclosureCell(DisclosureCellKind kind, long count, long numerator, long denominator, CellPosition? numeratorCell, CellPosition? denominatorCell)
    {
        Kind = kind;
        Count = count;
        Numerator = numerator;
        Denominator = denominator;
        NumeratorCell = numeratorCell;
        DenominatorCell = denominatorCell;
    }

    /// <summary>A cell that is not a count nor worked out from counts: always shown.</summary>
    public static DisclosureCell Other { get; } = new(DisclosureCellKind.Other, 0, 0, 0, null, null);

    /// <summary>What the cell holds.</summary>
    public DisclosureCellKind Kind { get; }

    /// <summary>The count of a count cell (0 otherwise).</summary>
    public long Count { get; }

    /// <summary>The numerator of a ratio cell (0 otherwise).</summary>
    public long Numerator { get; }

    /// <summary>The denominator of a ratio cell (0 otherwise).</summary>
    public long Denominator { get; }

    /// <summary>The count cell of the same table that is this ratio's numerator, when the table shows it.</summary>
    public CellPosition? NumeratorCell { get; }

    /// <summary>The count cell of the same table that is this ratio's denominator, when the table shows it.</summary>
    public CellPosition? DenominatorCell { get; }

    /// <summary>A count of people; a negative count is a caller's bug.</summary>
    public static DisclosureCell OfCount(long count) =>
        count >= 0 ? new(DisclosureCellKind.Count, count, 0, 0, null, null) : throw new ArgumentOutOfRangeException(nameof(count), count, "A count is not negative.");

    /// <summary>
    /// A percentage or rate of <paramref name="numerator"/> people out of <paramref name="denominator"/>, naming the
    /// cells of the same table that hold them when it shows them (so a ratio is hidden when either is).
    /// </summary>
    public static DisclosureCell OfRatio(long numerator, long denominator, CellPosition? numeratorCell = null, CellPosition? denominatorCell = null) =>
        numerator >= 0 && denominator >= 0
            ? new(DisclosureCellKind.Ratio, 0, numerator, denominator, numeratorCell, denominatorCell)
            : throw new ArgumentOutOfRangeException(nameof(numerator), "A ratio's numerator and denominator are not negative.");
}

/// <summary>What a <see cref="DisclosureCell"/> holds.</summary>
public enum DisclosureCellKind
{
    /// <summary>Words or a figure not made from counts: always shown, in no sum.</summary>
    Other,

    /// <summary>A count of people, which adds up to its row's and column's totals.</summary>
    Count,

    /// <summary>A percentage or rate worked out from a numerator and a denominator of people.</summary>
    Ratio,
}

/// <summary>The place of a cell among a <see cref="DisclosureTable"/>'s cells, from 0, totals not counted.</summary>
public readonly record struct CellPosition(int Row, int Column);
