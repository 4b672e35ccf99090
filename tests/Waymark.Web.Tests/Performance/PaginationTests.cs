using Waymark.Web.Performance;

namespace Waymark.Web.Tests.Performance;

public sealed class PaginationTests
{
    [Fact]
    public void Links_Page10Of40_ShowsFirstLastAndNeighboursWithGaps()
    {
        var pages = new Pagination(count: 2000, pageSize: 50, requested: "10");

        Assert.Equal(40, pages.Pages);
        Assert.Equal([1, null, 9, 10, 11, null, 40], pages.Links());
        Assert.Equal(451, pages.First);
        Assert.Equal(500, pages.Last);
    }

    [Fact]
    public void Links_SecondPage_LeavesNoGapAfterTheFirst()
    {
        Assert.Equal([1, 2, 3, null, 9], new Pagination(434, 50, "2").Links());
    }

    [Theory]
    [InlineData(null, 1)]
    [InlineData("", 1)]
    [InlineData("two", 1)]
    [InlineData("0", 1)]
    [InlineData("-3", 1)]
    [InlineData("99", 9)]
    public void Current_PageThatIsNotThere_IsTheNearestThatIs(string? requested, int shown)
    {
        var pages = new Pagination(434, 50, requested);

        Assert.Equal(shown, pages.Current);
    }

    [Fact]
    public void LastPage_ShowsTheItemsLeft()
    {
        var pages = new Pagination(434, 50, "9");

        Assert.Equal((401, 434), (pages.First, pages.Last));
    }

    [Fact]
    public void NoItems_IsOnePageShowingNothing()
    {
        var pages = new Pagination(0, 50, "3");

        Assert.Equal((1, 1, 0, 0), (pages.Pages, pages.Current, pages.First, pages.Last));
    }
}
