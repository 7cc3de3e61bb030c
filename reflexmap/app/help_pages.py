"""The wording of the help pages: the evidence, the contraindications, the first-run notice.

The translate function is given by the caller, so the words are the same in the window, on
the printed guide and in tests, in any language.
"""

from __future__ import annotations

from html import escape

from ..core.model import Chart
from .i18n import Translate, english


def contraindications_html(chart: Chart, translate: Translate = english) -> str:
    """The chart's contraindications, with the source's advice to see a doctor first."""
    items = "".join(f"<li>{escape(c)}</li>" for c in chart.zone_data.contraindications)
    # Each text a call of its own, outside the f-strings, where Qt's lupdate finds it.
    lead = translate("HelpPages", "Do not massage the feet with any of these:")
    advice = translate("HelpPages", "Even without them, ask a doctor before you start.")
    return f"<p>{escape(lead)}</p><ul>{items}</ul><p>{escape(advice)}</p>"


def safety_notice_html(chart: Chart, translate: Translate = english) -> str:
    """The first-run notice: the disclaimer, then the contraindications."""
    warning = translate(
        "HelpPages",
        "This map shows what reflexology charts claim. A foot massage may feel relaxing, but "
        "it cannot diagnose or treat illness. With symptoms such as chest pain, sudden "
        "breathlessness or a sudden severe headache, seek medical help at once.",
    )
    return (
        f"<p><b>{escape(chart.info.disclaimer)}</b></p><p>{warning}</p>"
        + contraindications_html(chart, translate)
    )


def about_claims(translate: Translate = english) -> list[tuple[str, str]]:
    """What research says about reflexology: (lead, text) paragraphs, a lead may be empty."""
    return [
        (
            "",
            translate(
                "HelpPages",
                "Reflexology charts claim that areas of the foot correspond to organs, and that "
                "working an area affects that organ. reflexmap shows these claims as the "
                "tradition states them. Here is what studies have found.",
            ),
        ),
        (
            translate("HelpPages", "No convincing evidence for any medical condition."),
            translate(
                "HelpPages",
                "A systematic review of 18 randomised trials (Ernst, Medical Journal of "
                "Australia 2009, 191:263-266) found that most trials were of poor quality and the "
                "better ones were mostly negative. It also warned that using reflexology to "
                "diagnose gives false results, and that using it instead of treatment for a "
                "serious illness is dangerous.",
            ),
        ),
        (
            translate("HelpPages", "Few measurable effects."),
            translate(
                "HelpPages",
                "A review of 17 randomised trials (McCullough and colleagues, Evidence-Based "
                "Complementary and Alternative Medicine 2014) found a difference between groups in "
                "only 3 of 34 objective measurements, and judged the studies to be of low quality.",
            ),
        ),
        (
            translate("HelpPages", "Pain in labour."),
            translate(
                "HelpPages",
                "A Cochrane review (Smith and colleagues 2018, CD009290) found only low-quality "
                "evidence.",
            ),
        ),
        (
            translate("HelpPages", "Cancer."),
            translate(
                "HelpPages",
                "Cancer Research UK says there is no scientific evidence that reflexology "
                "treats or cures cancer; some people find it relaxing, and it may help them "
                "with stress, anxiety and mood.",
            ),
        ),
        (
            translate("HelpPages", "What this means for you."),
            translate(
                "HelpPages",
                "A foot massage can be pleasant and relaxing. A tender spot on the foot says "
                "nothing reliable about an organ, and massage is no replacement for medical care.",
            ),
        ),
        (
            translate("HelpPages", "Staying safe."),
            translate(
                "HelpPages",
                "Do not massage over fractures, unhealed wounds or gout that is flaring. Avoid "
                "reflexology with a current blood clot (thrombosis). Take care in pregnancy. With "
                "any disease of the blood vessels, see a doctor first.",
            ),
        ),
    ]


def about_claims_html(translate: Translate = english) -> str:
    """The "About these claims" page."""
    # Each lead a heading, so that screen readers can go from one to the next.
    paragraphs = "".join(
        f"<h4>{escape(lead)}</h4><p>{escape(text)}</p>" if lead else f"<p>{escape(text)}</p>"
        for lead, text in about_claims(translate)
    )
    title = translate("HelpPages", "About these claims")
    return f"<h2>{escape(title)}</h2>{paragraphs}"
