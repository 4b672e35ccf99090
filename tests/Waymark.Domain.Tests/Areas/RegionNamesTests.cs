using Waymark.Areas;

namespace Waymark.Domain.Tests.Areas;

public class RegionNamesTests
{
    [Theory]
    [InlineData("Yorkshire and The Humber", "Yorkshire and the Humber")]
    [InlineData("Inner London", "London (Inner)")]
    [InlineData("Outer London", "London (Outer)")]
    [InlineData("inner london", "LONDON (INNER)")]
    [InlineData("  South  West ", "south west")]
    [InlineData("Narnia", "narnia")]
    public void Comparer_SameRegionSpeltAsDifferentFilesSpellIt_AreEqual(string left, string right)
    {
        Assert.True(RegionNames.Comparer.Equals(left, right));
        Assert.Equal(RegionNames.Comparer.GetHashCode(left), RegionNames.Comparer.GetHashCode(right));
    }

    [Theory]
    [InlineData("Inner London", "London")]
    [InlineData("London (Inner)", "London (Outer)")]
    [InlineData("Inner London", "Outer London")]
    [InlineData("North East", "North West")]
    public void Comparer_DifferentRegions_AreNotEqual(string left, string right)
    {
        Assert.False(RegionNames.Comparer.Equals(left, right));
    }

    [Theory]
    [InlineData("London (Inner)", "Inner London")]
    [InlineData("London (Outer)", "Outer London")]
    [InlineData("yorkshire and the humber", "Yorkshire and The Humber")]
    [InlineData("East  of England", "East of England")]
    [InlineData(" Narnia ", "Narnia")]
    public void Normalise_KnownRegion_IsWrittenOneWay(string name, string normalised)
    {
        Assert.Equal(normalised, RegionNames.Normalise(name));
    }

    [Fact]
    public void IsKnown_TheNineRegionsAndTheHalvesOfLondon_AreKnown()
    {
        Assert.Equal(11, RegionNames.All.Count);
        Assert.All(RegionNames.All, name => Assert.True(RegionNames.IsKnown(name)));
        Assert.True(RegionNames.IsKnown("London (Outer)"));
        Assert.False(RegionNames.IsKnown("Yorkshire"));
    }
}
