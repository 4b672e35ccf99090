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
        var indicator = new Indicator { Code = definition.Code, Definition = StoredDefinition.From(definition) };
        indicator.Versions.Add(Version(indicator, seriesBreak: false, at, actor));
        db.Indicators.Add(indicator);
        return indicator;
    }

    /// <summary>
    /// Gives <paramref name="indicator"/> the definition of <paramref name="next"/> (not its code), starting a new
    /// version when the change needs one; returns what the change was.
    /// </summary>
    public static DefinitionChange Change(WaymarkDb db, Indicator indicator, IndicatorDefinition next, string actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(next);
        DefinitionChange change = indicator.ToDefinition().ChangeTo(next);
        indicator.Definition = StoredDefinition.From(next);
        if (change != DefinitionChange.None)
        {
            indicator.Version++;
            db.IndicatorVersions.Add(Version(indicator, change == DefinitionChange.SeriesBreak, at, actor));
        }

        return change;
    }

    private static IndicatorVersion Version(Indicator indicator, bool seriesBreak, DateTimeOffset at, string actor) => new()
    {
        IndicatorId = indicator.Id,
        Version = indicator.Version,
        Definition = indicator.Definition,
        SeriesBreak = seriesBreak,
        ChangedAt = at,
        ChangedBy = actor,
    };
}
