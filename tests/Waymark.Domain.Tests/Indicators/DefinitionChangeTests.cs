using Waymark.Indicators;
using Waymark.Periods;

namespace Waymark.Domain.Tests.Indicators;

public class DefinitionChangeTests
{
    private static readonly IndicatorDefinition Ni66 =
        new("NI 66", "Looked after children cases reviewed on time", Unit.Percent, Polarity.Higher, Frequency.Quarterly, Aggregation.Ratio, Tolerance.Relative(5m), 1, YearType.Financial);

    [Theory]
    [InlineData("title", DefinitionChange.None)]
    [InlineData("code", DefinitionChange.None)]
    [InlineData("frequency", DefinitionChange.NewVersion)]
    [InlineData("tolerance", DefinitionChange.NewVersion)]
    [InlineData("tolerance kind", DefinitionChange.NewVersion)]
    [InlineData("minimum", DefinitionChange.NewVersion)]
    [InlineData("maximum", DefinitionChange.NewVersion)]
    [InlineData("unit", DefinitionChange.SeriesBreak)]
    [InlineData("polarity", DefinitionChange.SeriesBreak)]
    [InlineData("aggregation", DefinitionChange.SeriesBreak)]
    [InlineData("decimals", DefinitionChange.SeriesBreak)]
    [InlineData("year type", DefinitionChange.SeriesBreak)]
    public void ChangeTo_OnePartChanged_IsThatKindOfChange(string part, DefinitionChange expected)
    {
        IndicatorDefinition next = part switch
        {
            "title" => Ni66Changed(title: "Looked after children cases reviewed within timescales"),
            "code" => Ni66Changed(code: "NI 066"),
            "frequency" => Ni66Changed(frequency: Frequency.Annual),
            "tolerance" => Ni66Changed(tolerance: Tolerance.Relative(10m)),
            "tolerance kind" => Ni66Changed(tolerance: Tolerance.Absolute(5m)),
            "unit" => Ni66Changed(unit: Unit.Number),
            "polarity" => Ni66Changed(polarity: Polarity.None),
            "aggregation" => Ni66Changed(aggregation: Aggregation.Snapshot),
            "decimals" => Ni66Changed(decimals: 2),
            "minimum" => Ni66Changed() with { Minimum = -100m },
            "maximum" => Ni66Changed() with { Maximum = 50m },
            _ => Ni66Changed(yearType: YearType.Academic),
        };

        Assert.Equal(expected, Ni66.ChangeTo(next));
    }

    [Fact]
    public void ChangeTo_ToleranceAndDecimals_IsASeriesBreak()
    {
        Assert.Equal(DefinitionChange.SeriesBreak, Ni66.ChangeTo(Ni66Changed(tolerance: Tolerance.Absolute(2m), decimals: 0)));
    }

    [Fact]
    public void ChangeTo_SameDefinition_IsNone()
    {
        Assert.Equal(DefinitionChange.None, Ni66.ChangeTo(Ni66Changed()));
    }

    private static IndicatorDefinition Ni66Changed(
        string? code = null, string? title = null, Unit? unit = null, Polarity? polarity = null, Frequency? frequency = null,
        Aggregation? aggregation = null, Tolerance? tolerance = null, int? decimals = null, YearType? yearType = null) =>
        new(code ?? Ni66.Code, title ?? Ni66.Title, unit ?? Ni66.Unit, polarity ?? Ni66.Polarity, frequency ?? Ni66.Frequency,
            aggregation ?? Ni66.Aggregation, tolerance ?? Ni66.Tolerance, decimals ?? Ni66.Decimals, yearType ?? Ni66.YearType);
}
