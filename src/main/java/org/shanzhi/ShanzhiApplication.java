package org.shanzhi;

import java.util.TimeZone;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/** Shanzhi 善治: the platform for service-oriented administrative law enforcement. */
@SpringBootApplication
@Modulithic(sharedModules = "shared")
public class ShanzhiApplication {

	/** All dates of the platform are in Asia/Shanghai (requirement X5). */
	public static final String ZONE = "Asia/Shanghai";

	public static void main(String[] args) {
		TimeZone.setDefault(TimeZone.getTimeZone(ZONE));
		SpringApplication.run(ShanzhiApplication.class, args);
	}

}
