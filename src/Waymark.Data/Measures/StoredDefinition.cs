using Waymark.Indicators;
using Waymark.Periods;

namespace Waymark.Data.Measures;

/// <summary>
/// The columns of an indicator's definition, the same in <c>indicators</c> and <c>indicator_versions</c>: the domain's
/// <see cref="IndicatorDefinition"/> without its code, which only the indicator has. Immutable, so one instance may
/// be shared by an indicator and its version; <see cref="From"/> and <see cref="ToDefinition"/> are the one way across.
/// </summary>
public sealed record StoredDefinition
{
    public required string Title { get; init; }

    public Unit Unit { get; init; }

    public Polarity Polarity { get; init; }

    public Frequency Frequency { get; init; }

    public Aggregation Aggregation { get; init; }

    /// <summary>Stored as written: <c>5%</c> or <c>2</c>.</summary>
    public Tolerance Tolerance { get; init; }

    public int Decimals { get; init; }

    public YearType YearType { get; init; }

    /// <summary>The stored columns of <paramref name="definition"/>.</summary>
    public static StoredDefinition From(IndicatorDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return new()
        {
            Title = definition.Title,
            Unit = definition.Unit,
            Polarity = definition.Polarity,
            Frequency = definition.Frequency,
            Aggregation = definition.Aggregation,
            Tolerance = definition.Tolerance,
            Decimals = definition.Decimals,
            YearType = definition.YearType,
        };
    }

    /// <summary>The definition the domain rules use, with the indicator's <paramref name="code"/>.</summary>
    public IndicatorDefinition ToDefinition(string code) =>
        new(code, Title, Unit, Polarity, Frequency, Aggregation, Tolerance, Decimals, YearType);
}
