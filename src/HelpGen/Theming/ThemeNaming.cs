using System.Reflection;
using Scriban.Runtime;

namespace HelpGen.Theming;

/// <summary>
/// The one naming rule of theme templates: every view model member is its .NET name in snake_case
/// (<c>BodyHtml</c> hidden, <c>Body</c> → <c>body</c>, <c>IsCurrent</c> → <c>is_current</c>, <c>SupportEmail</c> → <c>support_email</c>),
/// the same rule Scriban applies to its own built-ins.
/// </summary>
internal static class ThemeNaming
{
    public static string Rename(MemberInfo member) => StandardMemberRenamer.Rename(member.Name);

    public static string Rename(string name) => StandardMemberRenamer.Rename(name);

    /// <summary>Public instance properties only, except raw HTML strings (a template gets those as <see cref="HtmlFragment"/>).</summary>
    public static bool IsVisible(MemberInfo member) =>
        member is PropertyInfo { GetMethod.IsStatic: false } property
        && property.GetIndexParameters().Length == 0
        && property.Name != nameof(ArticleView.BodyHtml)
        && property.Name != "EqualityContract";
}
