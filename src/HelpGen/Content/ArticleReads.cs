using HelpGen.Diagnostics;

namespace HelpGen.Content;

/// <summary>
/// How <see cref="ContentLoader.Load"/> reads one article file: <paramref name="read"/> reads it, reporting into the
/// bag it is given; an implementation may instead return an earlier result for an unchanged file, reporting that
/// read's diagnostics into <paramref name="diagnostics"/> again (the preview's <c>SourceReadCache</c>).
/// </summary>
public delegate SourceArticle? ArticleReads(ArticleFile file, DiagnosticBag diagnostics, Func<DiagnosticBag, SourceArticle?> read);
