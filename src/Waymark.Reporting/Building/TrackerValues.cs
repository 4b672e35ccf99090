using Waymark.Ratings;

namespace Waymark.Reporting.Building;

/// <summary>A tracker's rating and direction as stored (the words the framework file uses) read back as the domain's values.</summary>
internal static class TrackerValues
{
    public static Rating? Rating(string? code) => code switch
    {
        "red" => Ratings.Rating.Red,
        "amber" => Ratings.Rating.Amber,
        "green" => Ratings.Rating.Green,
        _ => null,
    };

    public static DirectionOfTravel? Direction(string? code) => code switch
    {
        "improving" => DirectionOfTravel.Improving,
        "static" => DirectionOfTravel.Static,
        "deteriorating" => DirectionOfTravel.Deteriorating,
        _ => null,
    };
}
