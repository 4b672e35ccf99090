namespace Waymark.Web.Testing;

/// <summary>The demo council's people that the web and browser tests sign in as (src/Waymark.Web/Demo and data/demo).</summary>
public static class People
{
    public const string Administrator = "alex.morgan@example.org";
    public const string DataOfficer = "sam.patel@example.org";
    public const string OtherDataOfficer = "jo.taylor@example.org";
    public const string AccountableOfficer = "helen.carter@example.org";
    public const string OtherAccountableOfficer = "david.brooks@example.org";
    public const string Director = "catherine.walsh@example.org";
    public const string Member = "cllr.margaret.holt@example.org";
    public const string Partner = "nadia.rahman@example.org";
}
