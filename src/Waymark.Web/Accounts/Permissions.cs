using System.Globalization;
using System.Security.Claims;

using Waymark.Data.Framework;
using Waymark.Data.Measures;
using Waymark.Data.People;

namespace Waymark.Web.Accounts;

/// <summary>Who may change what, beyond reading: the rules each page checks before it shows or saves a form.</summary>
public static class Permissions
{
    /// <summary>The signed-in user's id in the <c>users</c> table.</summary>
    public static int? UserId(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return int.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), NumberStyles.None, CultureInfo.InvariantCulture, out int id) ? id : null;
    }

    /// <summary>An indicator's results are entered by its owner, a data officer, or by the performance team.</summary>
    public static bool CanEnterResults(ClaimsPrincipal user, Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(indicator);
        return user.IsInRole(RoleNames.Administrator)
            || (user.IsInRole(RoleNames.DataOfficer) && indicator.OwnerId is int owner && owner == UserId(user));
    }

    /// <summary>A tracker is completed and submitted by the accountable officer who leads its priority.</summary>
    public static bool CanCompleteTracker(ClaimsPrincipal user, Priority priority)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(priority);
        return user.IsInRole(RoleNames.AccountableOfficer) && priority.LeadOfficerId is int lead && lead == UserId(user);
    }

    /// <summary>A tracker is agreed or returned by its priority's accountable director.</summary>
    public static bool CanSignOffTracker(ClaimsPrincipal user, Priority priority)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(priority);
        return user.IsInRole(RoleNames.Director) && priority.AccountableDirectorId is int director && director == UserId(user);
    }

    /// <summary>A board report's officer-written text is changed, and the report published, by the performance team.</summary>
    public static bool CanWriteReports(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsInRole(RoleNames.Administrator);
    }

    /// <summary>A tracker is also worked on, as a draft, by the partners named on its priority as contributors.</summary>
    public static bool CanContributeToTracker(ClaimsPrincipal user, Priority priority)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(priority);
        if (!user.IsInRole(RoleNames.Partner))
        {
            return false;
        }

        int? me = UserId(user);
        string? organisation = user.FindFirstValue(WaymarkClaimsFactory.OrganisationClaim);
        return priority.Contributors.Any(c => c.Kind == "partner"
            && ((c.UserId is int id && id == me) || (organisation is not null && string.Equals(c.Name, organisation, StringComparison.OrdinalIgnoreCase))));
    }

    /// <summary>An indicator's audit trail is read by the performance team and by the indicator's owner.</summary>
    public static bool CanReadIndicatorAudit(ClaimsPrincipal user, Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(indicator);
        return user.IsInRole(RoleNames.Administrator) || (indicator.OwnerId is int owner && owner == UserId(user));
    }

    /// <summary>
    /// The points from which an indicator's XmR chart limits are worked out again are added and removed by the
    /// performance team and by the indicator's owner, who answer for the indicator.
    /// </summary>
    public static bool CanRecalculateLimits(ClaimsPrincipal user, Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(indicator);
        return user.IsInRole(RoleNames.Administrator) || (indicator.OwnerId is int owner && owner == UserId(user));
    }

    /// <summary>A tracker's audit trail is read by the performance team and by the accountable officer who leads its priority.</summary>
    public static bool CanReadTrackerAudit(ClaimsPrincipal user, Priority priority)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(priority);
        return user.IsInRole(RoleNames.Administrator) || (priority.LeadOfficerId is int lead && lead == UserId(user));
    }
}
