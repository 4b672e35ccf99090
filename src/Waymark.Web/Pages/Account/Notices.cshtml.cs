using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

using Waymark.Data.Notices;
using Waymark.Data.Store;
using Waymark.Notices;
using Waymark.Web.Accounts;

namespace Waymark.Web.Pages.Account;

/// <summary>A signed-in person's choice of email notices: each as it arises, one daily digest, or reminders off.</summary>
public sealed class NoticesModel(WaymarkDb db, Notices.WebNotices notices) : FormPage
{
    [BindProperty]
    public string? Preference { get; set; }

    /// <summary>The choice just saved, for the success banner.</summary>
    public NoticePreference? Saved { get; private set; }

    /// <summary>Days before a deadline that its reminder goes.</summary>
    public int DaysBefore => notices.Settings.DaysBefore;

    /// <summary>The hour (UTC) from which digests go.</summary>
    public int DigestHour => notices.Settings.DigestHour;

    /// <summary>Whether the app has a mail server to send through.</summary>
    public bool Enabled => notices.Enabled;

    public async Task OnGetAsync(string? saved, CancellationToken cancellationToken)
    {
        int user = Permissions.UserId(User) ?? throw new InvalidOperationException("A signed-in user has no id.");
        Preference = (await NoticeRun.PreferenceAsync(db, user, cancellationToken)).ToCode();
        if (saved is not null && NoticeCodes.TryParsePreference(saved, out NoticePreference p))
        {
            Saved = p;
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        int user = Permissions.UserId(User) ?? throw new InvalidOperationException("A signed-in user has no id.");
        if (!NoticeCodes.TryParsePreference(Preference ?? "", out NoticePreference preference))
        {
            AddError(nameof(Preference), "preference", "Select how you want to receive email notices");
            return Page();
        }

        NoticeChoice? choice = await db.NoticeChoices.SingleOrDefaultAsync(c => c.UserId == user, cancellationToken);
        if (choice is null)
        {
            db.NoticeChoices.Add(new NoticeChoice { UserId = user, Preference = preference.ToCode() });
        }
        else
        {
            choice.Preference = preference.ToCode();
        }

        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage("/Account/Notices", new { saved = preference.ToCode() });
    }
}
