# A naive single-stage image for examples/java-service, as one would write it by hand: the Maven + JDK image,
# the sources copied, the jar built in place. For size and build-time comparison only (scripts/engine/measure.sh).
FROM maven:3.9-eclipse-temurin-17
WORKDIR /app
COPY . .
# (without the composegen profile: the plugin is not on Maven Central yet, see examples/java-service/README.md)
RUN mvn -B -ntp -DskipTests -P !composegen package
EXPOSE 8080
CMD ["sh", "-c", "java -jar target/*.jar"]
