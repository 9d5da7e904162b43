services:
  ${service.name}:
    image: ${service.image}
