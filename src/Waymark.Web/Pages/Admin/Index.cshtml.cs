using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Waymark.Web.Pages.Admin;

public sealed class IndexModel : PageModel
{
    public void OnGet()
    {
    }
}
