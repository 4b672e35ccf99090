using Waymark.Data.Store;
using Waymark.Indicators;

namespace Waymark.Data.Measures;

/// <summary>
/// Adds indicators and changes their definitions, from a form or a file alike: a change that the domain's
/// <see cref="IndicatorDefinition.ChangeTo"/> says needs one starts a new version, marked as a series break when it is one.
/// </summary>
public static class IndicatorVersioning
{
    /// <summary>Adds an indicator at version 1, to be saved with <paramref name="db"/>.</summary>
    public static Indicator Add(WaymarkDb db, IndicatorDefinition definition, string actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(definition);
        var indicator = new Indicator { Code = definition.Code, Title = definition.Title, Tolerance = definition.Tolerance.ToString() };
        Apply(indicator, definition);
        indicator.Versions.Add(Version(indicator, seriesBreak: false, at, actor));
        db.Indicators.Add(indicator);
        return indicator;
    }

    /// <summary>
    /// Gives <paramref name="indicator"/> the title and rules of <paramref name="next"/> (not its code), starting a new
    /// version when the change needs one; returns what the change was.
    /// </summary>
    public static DefinitionChange Change(WaymarkDb db, Indicator indicator, IndicatorDefinition next, string actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(next);
        DefinitionChange change = indicator.ToDefinition().ChangeTo(next);
        indicator.Title = next.Title;
        if (change != DefinitionChange.None)
        {
            Apply(indicator, next);
            indicator.Version++;
            db.IndicatorVersions.Add(Version(indicator, change == DefinitionChange.SeriesBreak, at, actor));
        }

        return change;
    }

    private static void Apply(Indicator indicator, IndicatorDefinition d)
    {
        indicator.Unit = d.Unit;
        indicator.Polarity = d.Polarity;
        indicator.Frequency = d.Frequency;
        indicator.Aggregation = d.Aggregation;
        indicator.Tolerance = d.Tolerance.ToString();
        indicator.Decimals = d.Decimals;
        indicator.YearType = d.YearType;
    }

    private static IndicatorVersion Version(Indicator indicator, bool seriesBreak, DateTimeOffset at, string actor) => new()
    {
        IndicatorId = indicator.Id,
        Version = indicator.Version,
        Title = indicator.Title,
        Unit = indicator.Unit,
        Polarity = indicator.Polarity,
        Frequency = indicator.Frequency,
        Aggregation = indicator.Aggregation,
        Tolerance = indicator.Tolerance,
        Decimals = indicator.Decimals,
        YearType = indicator.YearType,
        SeriesBreak = seriesBreak,
        ChangedAt = at,
        ChangedBy = actor,
    };
}
