namespace Waymark.Indicators;

/// <summary>What a change to an indicator's definition means for its versions and its series of results.</summary>
public enum DefinitionChange
{
    /// <summary>Nothing the rules use has changed (a new title or code alone): the version stays.</summary>
    None = 0,

    /// <summary>
    /// How results are judged or reported has changed (frequency or tolerance) but they still mean the same: a new
    /// version starts, and results before it are still compared with those after it.
    /// </summary>
    NewVersion = 1,

    /// <summary>
    /// What results mean has changed (any part of the definition but its code, title, frequency and tolerance, such as
    /// the unit, polarity, aggregation, decimals or year type): a new version starts that breaks the series, and
    /// results after it are not compared with those before it.
    /// </summary>
    SeriesBreak = 2,
}
