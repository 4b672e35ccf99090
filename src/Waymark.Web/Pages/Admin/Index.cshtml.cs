using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

using Waymark.Data.People;

namespace Waymark.Web.Pages.Admin;

[Authorize(Roles = RoleNames.Administrator)]
public sealed class IndexModel : PageModel
{
    public void OnGet()
    {
    }
}
