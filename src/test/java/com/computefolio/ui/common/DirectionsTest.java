package com.computefolio.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.service.text.Texts;
import javafx.geometry.NodeOrientation;
import org.junit.jupiter.api.Test;

class DirectionsTest {

    @Test
    void dataTextsReadInTheDirectionOfTheirFirstLetter() {
        assertThat(Directions.ofText("Microsoft's 2023 investment (reported $10B)")).isEqualTo(NodeOrientation.LEFT_TO_RIGHT);
        assertThat(Directions.ofText("\u0635\u0641\u0642\u0629 OpenAI \u0645\u0639 AWS")).isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
        // Digits and punctuation decide nothing: a date or an amount follows the window.
        assertThat(Directions.ofText("2025-01-21")).isEqualTo(NodeOrientation.INHERIT);
        assertThat(Directions.ofText("(42) \u0635\u0641\u0642\u0629")).isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
        assertThat(Directions.ofText(null)).isEqualTo(NodeOrientation.INHERIT);
    }

    @Test
    void theWindowRunsRightToLeftOnlyInArabic() {
        assertThat(Directions.of(Texts.arabic())).isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
        assertThat(Directions.of(Texts.english())).isEqualTo(NodeOrientation.LEFT_TO_RIGHT);
    }
}
