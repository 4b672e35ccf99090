using Waymark.Data.Measures;
using Waymark.Indicators;
using Waymark.Periods;

namespace Waymark.Data.Tests.Measures;

public class StoredDefinitionTests
{
    [Fact]
    public void FromAndToDefinition_EveryPartNotItsDefault_GiveTheSameDefinitionBack()
    {
        var definition = new IndicatorDefinition("NI 62", "Placement stability", Unit.Days, Polarity.Lower, Frequency.Monthly, Aggregation.Cumulative, Tolerance.Absolute(2m), 3, YearType.Academic);

        StoredDefinition stored = StoredDefinition.From(definition);

        Assert.Equal(("Placement stability", Unit.Days, Polarity.Lower, Frequency.Monthly, Aggregation.Cumulative, "2", 3, YearType.Academic), (stored.Title, stored.Unit, stored.Polarity, stored.Frequency, stored.Aggregation, stored.Tolerance.ToString(), stored.Decimals, stored.YearType));
        Assert.Equal(definition, stored.ToDefinition("NI 62"));
    }

    [Fact]
    public void Properties_AreTheDomainDefinitionsButItsCode()
    {
        string[] stored = [.. typeof(StoredDefinition).GetProperties().Select(p => p.Name).Where(n => n != "EqualityContract").Order(StringComparer.Ordinal)];
        string[] domain = [.. typeof(IndicatorDefinition).GetProperties().Where(p => p.CanWrite).Select(p => p.Name).Where(n => n is not "Code" and not "EqualityContract").Order(StringComparer.Ordinal)];

        Assert.Equal(domain, stored);
    }
}
