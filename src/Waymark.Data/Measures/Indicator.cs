using Waymark.Indicators;

namespace Waymark.Data.Measures;

/// <summary>
/// A performance indicator or published measure as stored: its current definition and version. Every change of
/// definition is kept in <see cref="Versions"/>.
/// </summary>
public sealed class Indicator
{
    public int Id { get; set; }

    /// <summary>The code, unique: <c>NI 66</c>, <c>LSP-HW2Bi</c>, or a LAIT short name such as <c>Under18concep</c>.</summary>
    public required string Code { get; set; }

    /// <summary>The current definition: its title and rules.</summary>
    public required StoredDefinition Definition { get; set; }

    /// <summary>The set it belongs to: <c>national</c>, <c>statutory</c>, <c>local</c> or <c>lait</c>.</summary>
    public string? IndicatorSet { get; set; }

    /// <summary>The LAIT topic, for measures from the LAIT dictionary.</summary>
    public string? Topic { get; set; }

    /// <summary>The data officer who owns the indicator's results.</summary>
    public int? OwnerId { get; set; }

    /// <summary>The current version: 1 when first defined, one more for each change of definition.</summary>
    public int Version { get; set; } = 1;

    /// <summary>Whether the definition is invented for the demo rather than published.</summary>
    public bool Illustrative { get; set; }

    public List<IndicatorVersion> Versions { get; } = [];

    /// <summary>The definition the domain rules use.</summary>
    public IndicatorDefinition ToDefinition() => Definition.ToDefinition(Code);
}
