using HelpGen.Building;
using HelpGen.Tests.TestSupport;

namespace HelpGen.Tests.Markdown;

/// <summary>One small site exercising every Markdown feature, built once for all rendering tests.</summary>
public sealed class MarkdownSiteFixture : IDisposable
{
    private readonly TempSite _site;

    public MarkdownSiteFixture()
    {
        _site = TempSite.Create("""
            -- en/registration/sign-up.md --
            ---
            title: Sign up
            ---
            ## Step 1
            ## Step 2
            -- en/faq/features.md --
            ---
            title: Features
            ---
            | Field | Value |
            | ----- | ----- |
            | ID    | 42    |

            ## Как выбрать пункт выдачи
            ## Über uns & mehr!
            ## Schritt
            ## Schritt
            ## Schritt
            ## Steps {#step-list}

            > [!NOTE]
            > Keep your ID at hand.

            > [!WARNING]
            > Never share your password.

            - [x] done task
            - [ ] open task

            A claim.[^1]

            [^1]: The footnote text.

            [site](https://example.org/page) and [mail](mailto:a@example.org)

            [xref](xref:registration/sign-up#step-2) [md](../registration/sign-up.md#step-2) [plain](xref:registration/sign-up)
            [same page](#step-list)

            ![map](/assets/map.png) ![map2](../../assets/map.png)
            -- ru/faq/links.md --
            ---
            title: Ссылки
            ---
            [только KZ](xref:payouts/kz-only) [по файлу](../payouts/kz-only.md#шаг)
            -- ru/payouts/kz-only.md --
            ---
            title: Только Казахстан
            countries: [KZ]
            ---
            ## Шаг
            -- de/faq/links.md --
            ---
            title: Links
            ---
            [Anmeldung](xref:registration/sign-up)
            -- de/registration/sign-up.md --
            ---
            title: Registrieren
            ---
            Text.
            -- assets/map.png --
            PNG
            """);
        Result = _site.Build();
    }

    public BuildResult Result { get; }

    public void Dispose() => _site.Dispose();
}
