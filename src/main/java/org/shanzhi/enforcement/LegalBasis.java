package org.shanzhi.enforcement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The law and article an act rests on (X3), e.g. 《中华人民共和国食品安全法》 第一百二十五条. */
public record LegalBasis(@NotBlank @Size(max = 100) String law, @NotBlank @Size(max = 60) String article) {

	@Override
	public String toString() {
		return law + " " + article;
	}

}
