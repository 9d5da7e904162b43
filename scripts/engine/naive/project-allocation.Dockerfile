# A naive single-stage image for examples/project-allocation/app, as one would write it by hand: the full Python
# image, the sources copied, the requirements installed in place. For comparison only (scripts/engine/measure.sh).
FROM python:3.11
WORKDIR /app
COPY . .
RUN pip install -r requirements.txt
EXPOSE 5000
CMD ["gunicorn", "-b", ":5000", "main:app"]
